#!/usr/bin/env bash
# Runs the Regional Leadership Network suite on this machine, with demo data.
#
#   deploy/local/run.sh          build, start everything that is not running, load the demo
#   deploy/local/run.sh stop     stop exactly what this script started
#   deploy/local/run.sh status   show what runs
#   deploy/local/run.sh reset    stop, then delete the suite's databases and Kafka data (a fresh start)
#
# PostgreSQL: the server on 127.0.0.1:5432 when it answers, otherwise a private cluster.
# Kafka: a real single-node KRaft broker from Kafka's own Maven Central artifacts.
# Logs, data, keys and pids live under deploy/local/.state/ (git-ignored). Re-running is safe.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# JDK 25 when the machine has it: AOT packaging, and the services start from their AOT caches
. "$ROOT/deploy/java-home.sh"
STATE="$ROOT/deploy/local/.state"
LOGS="$STATE/logs"
KAFKA_PORT=${RLN_LOCAL_KAFKA_PORT:-9092}
KAFKA_CONTROLLER_PORT=${RLN_LOCAL_KAFKA_CONTROLLER_PORT:-9093}
PRIVATE_PG_PORT=${RLN_LOCAL_PRIVATE_PG_PORT:-54329}
ISSUER="https://rln.local/issuer"
# name:port:database-env-variable:database
SERVICES=("events-service:8081:RLN_EVENTS_DB_URL:rln_events" "participants-service:8082:RLN_PARTICIPANTS_DB_URL:rln_participants"
  "scenario-service:8083:RLN_SCENARIO_DB_URL:rln_scenario" "gateway:8080:-:-")

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
info() { printf '    %s\n' "$*"; }
fail() { printf '\n\033[31m!! %s\033[0m\n' "$*" >&2; exit 1; }
alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_for() { # description timeout-seconds log command...
  local what=$1 timeout=$2 log=$3; shift 3
  local deadline=$((SECONDS + timeout))
  until "$@" >/dev/null 2>&1; do
    if ((SECONDS >= deadline)); then fail "$what did not come up within ${timeout}s; see $log"; fi
    sleep 0.5
  done
}

stop_pid() { # name pidfile
  local name=$1 pidfile=$2
  if alive "$pidfile"; then
    local pid; pid=$(cat "$pidfile")
    kill "$pid" 2>/dev/null || true
    # up to 3 minutes: a service recording its AOT cache writes it as it exits
    for _ in $(seq 1 360); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
    info "stopped $name (pid $pid)"
  fi
  rm -f "$pidfile"
}

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

start_postgres() {
  step "PostgreSQL"
  if pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
    PG_PORT=5432
    info "using the server on 127.0.0.1:5432"
  else
    PG_PORT=$PRIVATE_PG_PORT
    local bin; bin=$(pg_bin)
    [ -n "$bin" ] || fail "no PostgreSQL answers on 5432 and no PostgreSQL binaries are installed"
    local data="$STATE/postgres"
    local as=()
    if [ "$(id -u)" = 0 ]; then
      id postgres >/dev/null 2>&1 || useradd --system --home "$STATE" postgres
      as=(runuser -u postgres --)
    fi
    if [ ! -f "$data/PG_VERSION" ]; then
      mkdir -p "$data"; [ "$(id -u)" = 0 ] && chown postgres "$data" "$STATE"
      "${as[@]}" "$bin/initdb" -D "$data" -U postgres --auth=trust -E UTF8 >"$LOGS/postgres-init.log" 2>&1 \
        || fail "initdb failed; see $LOGS/postgres-init.log"
    fi
    if ! pg_isready -h 127.0.0.1 -p "$PG_PORT" -q; then
      touch "$LOGS/postgres.log"; [ "$(id -u)" = 0 ] && chown postgres "$LOGS/postgres.log"
      "${as[@]}" "$bin/pg_ctl" -D "$data" -o "-p $PG_PORT -k /tmp -c listen_addresses=127.0.0.1" \
        -l "$LOGS/postgres.log" start >/dev/null || fail "PostgreSQL did not start; see $LOGS/postgres.log"
      echo started >"$STATE/postgres.ours"
    fi
    wait_for "PostgreSQL" 30 "$LOGS/postgres.log" pg_isready -h 127.0.0.1 -p "$PG_PORT" -q
    info "private cluster on 127.0.0.1:$PG_PORT ($data)"
  fi
  for service in "${SERVICES[@]}"; do
    IFS=: read -r _ _ _ db <<<"$service"
    [ "$db" = "-" ] && continue
    if ! psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'" | grep -q 1; then
      psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "CREATE DATABASE $db ENCODING 'UTF8' TEMPLATE template0"
      info "created database $db"
    fi
  done
}

start_kafka() {
  step "Kafka (KRaft, from Maven Central artifacts)"
  local dir="$STATE/kafka" cp
  cp=$(cat "$ROOT/deploy/local-tools/target/kafka.classpath")
  if alive "$STATE/kafka.pid"; then info "already running on 127.0.0.1:$KAFKA_PORT"; return; fi
  port_open "$KAFKA_PORT" && fail "port $KAFKA_PORT is taken by a process this script did not start"
  mkdir -p "$dir"
  cat >"$dir/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$dir/data
num.partitions=3
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
PROPS
  if [ ! -f "$dir/data/meta.properties" ]; then
    local id; id=$(java -cp "$cp" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -1)
    java -cp "$cp" kafka.tools.StorageTool format -t "$id" -c "$dir/server.properties" >"$LOGS/kafka-format.log" 2>&1 \
      || fail "formatting Kafka storage failed; see $LOGS/kafka-format.log"
  fi
  nohup java -Xms128m -Xmx512m -cp "$cp" kafka.Kafka "$dir/server.properties" >"$LOGS/kafka.log" 2>&1 &
  echo $! >"$STATE/kafka.pid"
  wait_for "Kafka" 90 "$LOGS/kafka.log" port_open "$KAFKA_PORT"
  info "broker on 127.0.0.1:$KAFKA_PORT (log $LOGS/kafka.log)"
}

make_keys() {
  mkdir -p "$STATE/jwt"
  if [ ! -f "$STATE/jwt/private.pem" ]; then
    openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$STATE/jwt/private.pem" 2>/dev/null
    openssl rsa -in "$STATE/jwt/private.pem" -pubout -out "$STATE/jwt/public.pem" 2>/dev/null
  fi
  # scenario-service's own key for workshop passes (phones and the projector); the gateway gets its public half
  if [ ! -f "$STATE/jwt/pass-private.pem" ]; then
    openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$STATE/jwt/pass-private.pem" 2>/dev/null
    openssl rsa -in "$STATE/jwt/pass-private.pem" -pubout -out "$STATE/jwt/pass-public.pem" 2>/dev/null
  fi
}

start_services() {
  for service in "${SERVICES[@]}"; do
    IFS=: read -r name port dbvar db <<<"$service"
    step "$name on port $port"
    local pidfile="$STATE/$name.pid" log="$LOGS/$name.log"
    if alive "$pidfile"; then info "already running (pid $(cat "$pidfile"))"; continue; fi
    port_open "$port" && fail "port $port is taken by a process this script did not start"
    local dbenv=(); [ "$db" != "-" ] && dbenv=("$dbvar=jdbc:postgresql://127.0.0.1:$PG_PORT/$db")
    local app="$ROOT/$name/target/quarkus-app" aot=()
    if [ "$RLN_JAVA_FEATURE" -ge 25 ]; then
      if [ -s "$app/app.aot" ] && [ "$app/app.aot" -nt "$app/quarkus-run.jar" ]; then
        aot=("-XX:AOTCache=$app/app.aot"); info "from its AOT cache ($app/app.aot)"
      else
        aot=("-XX:AOTCacheOutput=$app/app.aot"); info "recording its AOT cache: written when it stops, used from the next start"
      fi
    fi
    env "${dbenv[@]}" RLN_DB_USER=postgres \
      RLN_KAFKA_BROKERS="127.0.0.1:$KAFKA_PORT" RLN_JWT_PUBLIC_KEY="file:$STATE/jwt/public.pem" RLN_JWT_ISSUER="$ISSUER" \
      RLN_PASS_SIGNING_KEY="file:$STATE/jwt/pass-private.pem" RLN_PASS_PUBLIC_KEY="file:$STATE/jwt/pass-public.pem" \
      nohup java @"$ROOT/deploy/service-jvm.options" "${aot[@]}" -jar "$app/quarkus-run.jar" >"$log" 2>&1 &
    echo $! >"$pidfile"
    wait_for "$name" 120 "$log" curl -fsS "http://127.0.0.1:$port/q/health/ready"
    info "ready (log $log)"
  done
}

tools() { java -cp "$ROOT/deploy/local-tools/target/classes:$(cat "$ROOT/deploy/local-tools/target/kafka.classpath")" "$@"; }

load_demo() {
  step "Demo data (the Skåne day with its rosters and completed workshop, Sandviken's programme in three cohorts)"
  local admin
  admin=$(tools se.rln.tools.Tokens "$STATE/jwt/private.pem" "$ISSUER" admin:demo-admin 2>"$LOGS/tokens.log" | cut -f2) \
    || fail "minting tokens failed; see $LOGS/tokens.log"

  tools se.rln.tools.DemoLoader "http://127.0.0.1:8080" "$admin" "$STATE/jwt/private.pem" "$ISSUER" \
    >"$STATE/demo.env" 2>"$LOGS/demo.log" \
    || fail "loading the demo failed; see $LOGS/demo.log"
  # shellcheck disable=SC1091
  source "$STATE/demo.env"
  info "Skåne day: event $SKANE_DAY"
  info "Sandviken's programme: $SANDVIKEN_PROGRAMME (cohorts Grupp 1–3)"
  tools se.rln.tools.Tokens "$STATE/jwt/private.pem" "$ISSUER" \
    admin:demo-admin \
    "coordinator:coordinator-fss:org=$FSS_ORG" \
    "municipality:malmo-hr-system:municipality=1280" \
    facilitator:facilitator-skane \
    "participant:participant-demo:pid=00000000-0000-4000-8000-000000000001,municipality=1280" >"$STATE/tokens.tsv"
}

summary() {
  step "The suite is up"
  info "Gateway:               http://127.0.0.1:8080/api/v1/events"
  info "Swagger UI:            http://127.0.0.1:8080/q/swagger-ui (the merged document of every service)"
  info "OpenAPI:               http://127.0.0.1:8080/openapi  (?format=yaml; /openapi/events|participants|scenario)"
  info "AsyncAPI:              http://127.0.0.1:8080/asyncapi"
  info "Health:                http://127.0.0.1:8080/q/health (every service)"
  info "Services directly:     events :8081, participants :8082, scenario :8083"
  info "Kafka:                 127.0.0.1:$KAFKA_PORT (leadership.events.v1, .registrations.v1, .participants.v1, .workshops.v1)"
  info "Logs:                  $LOGS"
  info ""
  info "Tokens (12 h; also in $STATE/tokens.tsv):"
  while IFS=$'\t' read -r role token; do info "  $role: $token"; done <"$STATE/tokens.tsv"
  info ""
  info "The Skåne day in the room (workshop in SETUP: its registered managers from five municipalities in six groups):"
  info "  Facilitator console: http://127.0.0.1:8080/workshop/#workshop=$LIVE_WORKSHOP&token=$(grep '^facilitator' "$STATE/tokens.tsv" | cut -f2)"
  info "  Projector:           http://127.0.0.1:8080/workshop/projector.html#workshop=$LIVE_WORKSHOP&code=$LIVE_JOIN_CODE&token=$LIVE_PROJECTOR_TOKEN"
  info "  Phones:              $LIVE_JOIN_URL   (join code $LIVE_JOIN_CODE)"
  info ""
  info "Try:  curl -s http://127.0.0.1:8080/api/v1/events/$SKANE_DAY"
  info "      curl -s http://127.0.0.1:8080/api/v1/programmes/$SANDVIKEN_PROGRAMME/cohorts   (days and free seats of each group)"
  info "Stop: deploy/local/run.sh stop"
}

# Nothing is built again while the packaged services are newer than every file of the project and
# packaged for this JDK (the AOT layout on JDK 25): a test run's packages, and their AOT caches, are used.
packaged_for_this_jdk() {
  local main; main=$(unzip -p "$1" META-INF/MANIFEST.MF 2>/dev/null | tr -d '\r' | sed -n 's/^Main-Class: //p')
  if [ "$RLN_JAVA_FEATURE" -ge 25 ]; then [ "$main" = io.quarkus.bootstrap.runner.AotQuarkusEntryPoint ]
  else [ "$main" = io.quarkus.bootstrap.runner.QuarkusEntryPoint ]; fi
}
up_to_date() {
  local oldest=""
  for service in "${SERVICES[@]}"; do
    local jar="$ROOT/${service%%:*}/target/quarkus-app/quarkus-run.jar"
    [ -f "$jar" ] && packaged_for_this_jdk "$jar" || return 1
    if [ -z "$oldest" ] || [ "$jar" -ot "$oldest" ]; then oldest=$jar; fi
  done
  [ -z "$(cd "$ROOT" && find . \( -name target -o -name .state -o -name .git -o -name node_modules \) -prune \
    -o -type f -newer "$oldest" -print -quit)" ]
}

build() {
  step "Building on $(java -version 2>&1 | head -1) (./mvnw package, tests skipped; the first build downloads dependencies)"
  if up_to_date; then info "up to date: nothing changed since the last build"; return; fi
  (cd "$ROOT" && ./mvnw -B -q -DskipTests package) >"$LOGS/build.log" 2>&1 || fail "the build failed; see $LOGS/build.log"
  info "built"
}

start() {
  mkdir -p "$LOGS"
  command -v java >/dev/null || fail "java (17 or newer) is required"
  build
  start_postgres
  start_kafka
  make_keys
  start_services
  load_demo
  summary
}

stop() {
  step "Stopping what deploy/local/run.sh started"
  for ((i = ${#SERVICES[@]} - 1; i >= 0; i--)); do
    IFS=: read -r name _ <<<"${SERVICES[$i]}"
    stop_pid "$name" "$STATE/$name.pid"
  done
  stop_pid kafka "$STATE/kafka.pid"
  if [ -f "$STATE/postgres.ours" ]; then
    local as=(); [ "$(id -u)" = 0 ] && as=(runuser -u postgres --)
    "${as[@]}" "$(pg_bin)/pg_ctl" -D "$STATE/postgres" stop -m fast >/dev/null 2>&1 || true
    rm -f "$STATE/postgres.ours"
    info "stopped private PostgreSQL"
  fi
}

reset() {
  stop
  step "Deleting the suite's data"
  if pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
    for service in "${SERVICES[@]}"; do
      IFS=: read -r _ _ _ db <<<"$service"
      [ "$db" = "-" ] && continue
      psql -h 127.0.0.1 -p 5432 -U postgres -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" && info "dropped database $db"
    done
  fi
  rm -rf "$STATE/kafka" "$STATE/postgres" "$STATE/demo.env" "$STATE/tokens.tsv"
  info "removed Kafka data and any private PostgreSQL cluster"
}

status() {
  for pidfile in "$STATE"/*.pid; do
    [ -e "$pidfile" ] || continue
    local name; name=$(basename "$pidfile" .pid)
    if alive "$pidfile"; then echo "$name: running (pid $(cat "$pidfile"))"; else echo "$name: not running"; fi
  done
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  reset) reset ;;
  *) echo "usage: $0 [start|stop|status|reset]" >&2; exit 2 ;;
esac

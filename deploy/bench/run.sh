#!/usr/bin/env bash
# The benchmarks in one command: builds the suite, starts it (its own Kafka broker, databases
# rln_bench_* on the PostgreSQL at 127.0.0.1:5432), measures it side by side with pgbench, wrk
# and Gatling, and writes deploy/bench/report.md. About 13 minutes on 2 cores.
#
#   deploy/bench/run.sh            the full run
#   deploy/bench/run.sh --quick    a short smoke run of the benchmark itself (target/report-quick.md)
#   deploy/bench/run.sh --no-build measure the packages as they are (after .ci/run: with the AOT
#                                  caches the system tests trained)
#   deploy/bench/run.sh --profile  also CPU flame graphs of every JVM under the registration load
#                                  (async-profiler, deploy/bench/profiles/)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)

need() { # command, Debian package
  command -v "$1" >/dev/null && return
  if [ "$(id -u)" = 0 ]; then
    echo "installing $2 (Debian) for $1"
    apt-get install -y -q "$2" >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q "$2" >/dev/null; }
  else
    echo "$1 is missing: sudo apt-get install $2" >&2; exit 1
  fi
}
need wrk wrk
need pgbench postgresql-client
pg_isready -h 127.0.0.1 -p 5432 -q || { echo "no PostgreSQL on 127.0.0.1:5432 (see INFRA notes / deploy/local/run.sh)" >&2; exit 1; }

# the services' JDK, as the local run chooses it: JDK 25 when present (AOT packaging, services from their caches)
. "$ROOT/deploy/java-home.sh"
if [[ " $* " == *" --no-build "* ]]; then
  # the packages as they are, e.g. those of .ci/run with the AOT caches the system tests trained
  echo "measuring the packages as built (on $(java -version 2>&1 | head -1))"
else
  echo "building the suite (packaged services, gateway, bench) on $(java -version 2>&1 | head -1)"
  (cd "$ROOT" && ./mvnw -B -q install -DskipTests)
fi

cd "$ROOT/deploy/bench"
exec java -Xmx2g -Drln.kafka.classpath-file="$ROOT/deploy/local-tools/target/kafka.classpath" \
  -cp "target/classes:$(cat target/bench.classpath)" se.rln.bench.Bench "$ROOT" "$@"

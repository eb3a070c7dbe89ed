# Sourced by .ci/run and deploy/local/run.sh: the JDK the suite is built and run on.
# $RLN_JAVA_HOME if set, else a JDK 25 under /usr/lib/jvm (Temurin's on these machines), else the
# default java. On JDK 25 the build packages for Quarkus's AOT (the jdk25-aot Maven profile), the
# system tests record each service's AOT cache, and the local run starts the services with it.
rln_use_java() {
  local jdk=${RLN_JAVA_HOME:-}
  if [ -z "$jdk" ]; then
    for candidate in /usr/lib/jvm/temurin-25* /usr/lib/jvm/java-25*; do
      if [ -x "$candidate/bin/java" ]; then jdk=$candidate; break; fi
    done
  fi
  if [ -n "$jdk" ]; then
    export JAVA_HOME=$jdk
    export PATH="$jdk/bin:$PATH"
  fi
}
rln_use_java
# The chosen JDK's feature version (17, 25, …), asked once.
RLN_JAVA_FEATURE=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
export RLN_JAVA_FEATURE

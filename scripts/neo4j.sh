#!/usr/bin/env bash
# A real Neo4j 5.26 LTS server on 127.0.0.1 without Docker, built from Neo4j's own artifacts on
# Maven Central (neo4j-harness + neo4j-browser), see neo4j-server/pom.xml.
#   scripts/neo4j.sh start   fetch (first time), compile, start, wait until Bolt answers
#   scripts/neo4j.sh stop    stop the server started by `start`
#   scripts/neo4j.sh kill    kill it at once (a throwaway test server; its data are then deleted)
#   scripts/neo4j.sh status  exit 0 when Bolt answers
# Environment: NEO4J_BOLT_PORT (7687), NEO4J_HTTP_PORT (7474; the server advertises both ports, so
# Browser's connect form offers NEO4J_BOLT_PORT), NEO4J_DATA_DIR
# (.neo4j/data: one directory, kept across restarts; the graph is in its graph/ folder, and what
# a crashed server left in its run/ folder is deleted at the next start), NEO4J_STATE_DIR
# (.neo4j: pid and log), NEO4J_START_TIMEOUT seconds (120), NEO4J_JAVA_OPTS (JVM options added to
# the defaults; scripts/test.sh sets options that make a short-lived server start faster).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
srv="$here/neo4j-server"
state=${NEO4J_STATE_DIR:-$here/.neo4j}
bolt=${NEO4J_BOLT_PORT:-7687}
http=${NEO4J_HTTP_PORT:-7474}
data=${NEO4J_DATA_DIR:-$state/data}
timeout=${NEO4J_START_TIMEOUT:-120}
mkdir -p "$state"

bolt_up() { (exec 3<>"/dev/tcp/127.0.0.1/$bolt") 2>/dev/null; }

build() {
  if [[ ! -s "$srv/target/classpath.txt" || "$srv/pom.xml" -nt "$srv/target/classpath.txt" ]]; then
    echo "neo4j: fetching Neo4j 5.26 artifacts from Maven Central (first run only)" >&2
    (cd "$srv" && mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/classpath.txt)
  fi
  local cls="$srv/target/classes/policykg/Neo4jServer.class"
  if [[ ! -f $cls || "$srv/src/main/java/policykg/Neo4jServer.java" -nt $cls ]]; then
    mkdir -p "$srv/target/classes"
    javac -d "$srv/target/classes" -cp "$(cat "$srv/target/classpath.txt")" \
      "$srv/src/main/java/policykg/Neo4jServer.java"
  fi
}

start() {
  if bolt_up; then echo "neo4j: something already answers on 127.0.0.1:$bolt" >&2; exit 1; fi
  if [[ -f "$state/pid" ]] && kill -0 "$(cat "$state/pid")" 2>/dev/null; then
    echo "neo4j: the server started from $state (pid $(cat "$state/pid")) still runs: stop it first" >&2; exit 1
  fi
  if [[ -f "$state/pid" ]]; then
    echo "neo4j: the last server ($(cat "$state/pid")) died without stop; its leftovers go at this start" >&2
    rm -f "$state/pid"
  fi
  build
  local java=java
  [[ -x /usr/lib/jvm/java-17-openjdk-amd64/bin/java ]] && java=/usr/lib/jvm/java-17-openjdk-amd64/bin/java
  local opens=()
  for p in java.lang java.nio java.io java.util java.util.concurrent sun.nio.ch sun.net.www.protocol.http; do
    opens+=(--add-opens "java.base/$p=ALL-UNNAMED")
  done
  local extra=()
  read -r -a extra <<<"${NEO4J_JAVA_OPTS:-}"
  nohup "$java" -Xms512m -Xmx1g "${extra[@]}" "${opens[@]}" \
    -cp "$srv/target/classes:$(cat "$srv/target/classpath.txt")" \
    policykg.Neo4jServer "$data" "$bolt" "$http" >"$state/neo4j.log" 2>&1 &
  echo $! >"$state/pid"
  local waited=0
  until bolt_up && grep -q READY "$state/neo4j.log"; do
    if ! kill -0 "$(cat "$state/pid")" 2>/dev/null; then
      echo "neo4j: server exited during start, log follows" >&2; tail -n 40 "$state/neo4j.log" >&2; exit 1
    fi
    if (( waited >= timeout )); then echo "neo4j: Bolt did not answer in ${timeout}s" >&2; stop; exit 1; fi
    sleep 1; waited=$((waited + 1))
  done
  echo "neo4j: ready after ${waited}s: bolt://127.0.0.1:$bolt," \
    "Browser http://127.0.0.1:$http/browser/?connectURL=bolt://127.0.0.1:$bolt" >&2
}

stop() {
  [[ -f "$state/pid" ]] || return 0
  local pid; pid=$(cat "$state/pid")
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
  fi
  rm -f "$state/pid"
}

# kill: no graceful shutdown (10-15 s saved) for a throwaway server whose data directory is then
# deleted, as scripts/test.sh does; the next start on the same directory recovers it anyway
kill_now() {
  [[ -f "$state/pid" ]] || return 0
  local pid; pid=$(cat "$state/pid")
  kill -9 "$pid" 2>/dev/null || true
  for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done  # gone, its ports free
  rm -f "$state/pid"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  kill) kill_now ;;
  status) bolt_up ;;
  build) build ;;
  *) echo "usage: $0 start|stop|kill|status|build" >&2; exit 2 ;;
esac

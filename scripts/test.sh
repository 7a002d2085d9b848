#!/usr/bin/env bash
# The whole test suite, real Neo4j included: installs what is missing, starts a fresh Neo4j 5.26
# on 127.0.0.1:17687 (HTTP 17474, so a Neo4j you run yourself on 7687 is left alone), runs
# pytest, and stops the server whatever happens. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
# Neo4j starts (and is built, the first time) while the Python environment is set up
export NEO4J_BOLT_PORT=${NEO4J_BOLT_PORT:-17687} NEO4J_HTTP_PORT=${NEO4J_HTTP_PORT:-17474}
# The test servers (this one and those tests/graph/test_neo4j_lifecycle.py starts) live minutes and
# run many short queries once: the client JIT alone halves their CPU (starting, and a cold load).
export NEO4J_JAVA_OPTS=${NEO4J_JAVA_OPTS:--XX:TieredStopAtLevel=1}
export NEO4J_DATA_DIR=${NEO4J_DATA_DIR:-$(mktemp -d -t policykg-neo4j.XXXXXX)}
# a throwaway server: killed, not stopped gracefully (once its start, if still going, has ended)
trap 'if [[ -n ${neo4j_starting:-} ]]; then wait "$neo4j_starting" || true; fi; scripts/neo4j.sh kill; rm -rf "$NEO4J_DATA_DIR"' EXIT
scripts/neo4j.sh start &
neo4j_starting=$!
scripts/setup.sh
# The browser tests drive Debian's Chromium (CJK fonts for the screenshots); install it where we can.
if ! command -v chromium >/dev/null 2>&1 && [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
  echo "test: installing chromium and fonts-noto-cjk for the browser tests" >&2
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
fi
wait "$neo4j_starting"  # its failure (exit status) stops the run here
export POLICYKG_TEST_NEO4J_URI="bolt://127.0.0.1:$NEO4J_BOLT_PORT"
export POLICYKG_TEST_NEO4J_HTTP="http://127.0.0.1:$NEO4J_HTTP_PORT"
.venv/bin/python -m pytest "$@"

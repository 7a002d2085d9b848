#!/usr/bin/env bash
# The main job on a fresh machine: install, ingest seed/ into the embedded store (./data),
# then serve the API and print its URLs. Environment: POLICYKG_* (see README), PORT (8000), HOST.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
.venv/bin/policykg ingest seed/
exec .venv/bin/policykg serve --host "${HOST:-127.0.0.1}" --port "${PORT:-8000}"

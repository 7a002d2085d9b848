#!/usr/bin/env bash
# Python environment for policykg in .venv (created on first run; re-running only updates).
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ ! -x .venv/bin/python ]]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
# spark: the Spark extraction test runs in local mode (Java 17+ must be on the machine)
.venv/bin/python -m pip install -q -e '.[test,spark]'

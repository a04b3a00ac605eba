#!/usr/bin/env bash
# Run every test: install what is missing (system packages and .venv), then pytest with
# Qt on its offscreen platform.
set -euo pipefail
if [[ "${1:-}" == -h || "${1:-}" == --help ]]; then
  echo "usage: scripts/test.sh [PYTEST ARGUMENTS]"; sed -n '2,3p' "$0" | sed 's/^# \{0,1\}//'; exit 0
fi
cd "$(dirname "$0")/.."
scripts/setup.sh --test
# The wheel, installed without -e into a fresh environment, works outside the checkout.
scripts/wheel_test.sh
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest -q -p no:cacheprovider "$@"

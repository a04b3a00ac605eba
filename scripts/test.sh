#!/usr/bin/env bash
# Run every test: install what is missing (system packages and .venv), then pytest with
# Qt on its offscreen platform.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
# The wheel, installed without -e into a fresh environment, works outside the checkout.
scripts/wheel_test.sh
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest -q -p no:cacheprovider "$@"

#!/usr/bin/env bash
# Run every test: install what is missing (system packages and .venv), then pytest with
# Qt on its offscreen platform; then the GUI tests a second time on a real X server
# (Xvfb, Qt's xcb platform), whose key bindings and focus differ from offscreen.
# Arguments go to pytest; the X run takes those that name GUI tests (or all of tests/gui).
set -euo pipefail
if [[ "${1:-}" == -h || "${1:-}" == --help ]]; then
  echo "usage: scripts/test.sh [PYTEST ARGUMENTS]"; sed -n '2,3p' "$0" | sed 's/^# \{0,1\}//'; exit 0
fi
cd "$(dirname "$0")/.."
scripts/setup.sh --test
# The wheel, installed without -e into a fresh environment, works outside the checkout.
scripts/wheel_test.sh
PYTEST=(.venv/bin/python -m pytest -q -p no:cacheprovider)

status=0
QT_QPA_PLATFORM=offscreen "${PYTEST[@]}" "$@" || status=$?

gui=() paths=0 gui_paths=0 value=0
for arg in "$@"; do
    if [ "$value" -eq 1 ]; then gui+=("$arg"); value=0; continue; fi
    case "$arg" in
        -k|-m|-p|-o|-W|-c|--deselect|--ignore|--rootdir) gui+=("$arg"); value=1 ;;
        -*) gui+=("$arg") ;;
        tests/gui|tests/gui/*) gui+=("$arg"); paths=$((paths + 1)); gui_paths=$((gui_paths + 1)) ;;
        *) paths=$((paths + 1)) ;;
    esac
done
if [ "$paths" -eq 0 ]; then
    gui+=(tests/gui)
elif [ "$gui_paths" -eq 0 ]; then
    exit "$status"  # no GUI tests asked for
fi
if ! command -v xvfb-run >/dev/null; then
    echo "test.sh: xvfb-run not found: the GUI tests ran offscreen only" >&2
    exit "$status"
fi
echo "--- the GUI tests again on an X server (Xvfb, QT_QPA_PLATFORM=xcb) ---"
xvfb-run -a -s "-screen 0 1400x900x24" env QT_QPA_PLATFORM=xcb "${PYTEST[@]}" "${gui[@]}" || status=$?
exit "$status"

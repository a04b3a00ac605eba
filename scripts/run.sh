#!/usr/bin/env bash
# The main job: install what is missing, then open the editor on the CSTO example.
# With no display, or where Qt cannot load, say so and do the headless job instead:
# outline, checks and the official DOCX of the example, written to out/.
set -euo pipefail
if [[ "${1:-}" == -h || "${1:-}" == --help ]]; then
  echo "usage: scripts/run.sh"; sed -n '2,4p' "$0" | sed 's/^# \{0,1\}//'; exit 0
fi
cd "$(dirname "$0")/.."
scripts/setup.sh
example=examples/csto-zh.draft
if [[ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
  echo "No display here (DISPLAY is not set): doing the headless job instead."
elif ! qt_error=$(.venv/bin/python -c "import PySide6.QtWidgets" 2>&1); then
  # Qt's system libraries missing (a user without sudo): the headless job still works.
  echo "Qt cannot load here (${qt_error##*$'\n'}): doing the headless job instead."
else
  exec .venv/bin/draftapp "$example"
fi
mkdir -p out
.venv/bin/draftapp show "$example"
echo
.venv/bin/draftapp check "$example" || true
.venv/bin/draftapp export "$example" -o out/csto-zh.docx
echo "Wrote out/csto-zh.docx"

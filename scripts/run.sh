#!/usr/bin/env bash
# The main job: install what is missing, then open the editor on the CSTO example.
# With no display, say so and do the headless job instead: outline, checks and the
# official DOCX of the example, written to out/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
example=examples/csto-zh.draft
if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
  exec .venv/bin/draftapp "$example"
fi
echo "No display here (DISPLAY is not set): doing the headless job instead."
mkdir -p out
.venv/bin/draftapp show "$example"
echo
.venv/bin/draftapp check "$example" || true
.venv/bin/draftapp export "$example" -o out/csto-zh.docx
echo "Wrote out/csto-zh.docx"

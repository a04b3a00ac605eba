#!/usr/bin/env bash
# Build the wheel, install it (not editable) into a fresh virtual environment in a
# temporary folder, and run the headless commands from a folder outside the checkout on
# the examples and a fixture text. Quiet on success; on a failure, shows what failed.
# PYTHON makes the environment (default: python3).
set -euo pipefail
if [[ "${1:-}" == -h || "${1:-}" == --help ]]; then
  echo "usage: scripts/wheel_test.sh [PYTHON]"; sed -n '2,5p' "$0" | sed 's/^# \{0,1\}//'
  exit 0
fi
root=$(cd "$(dirname "$0")/.." && pwd)
python=${1:-python3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
log=$tmp/log

run() {  # run a step, its output kept in the log; on a failure show the log and stop
  echo "\$ $*" >>"$log"
  if ! "$@" >>"$log" 2>&1; then
    cat "$log" >&2
    echo "wheel test: failed: $*" >&2
    exit 1
  fi
}

# Build from a copy, so that the checkout gets no build/ or *.egg-info.
mkdir "$tmp/src"
cp -r "$root"/{pyproject.toml,setup.py,README.md,draftapp,resources,templates} "$tmp/src/"
run "$python" -m venv "$tmp/venv"
pip=("$tmp/venv/bin/python" -m pip -q --disable-pip-version-check)
run "${pip[@]}" wheel --no-deps -w "$tmp/dist" "$tmp/src"
wheel=$(echo "$tmp"/dist/draftapp-*.whl)
# Every data file of the checkout is in the wheel, inside the package.
run "$tmp/venv/bin/python" - "$wheel" "$root" <<'PY'
import sys, zipfile
from pathlib import Path
wheel, root = sys.argv[1], Path(sys.argv[2])
names = set(zipfile.ZipFile(wheel).namelist())
wanted = {f"draftapp/{p.relative_to(root).as_posix()}"
          for folder in ("resources", "templates") for p in (root / folder).rglob("*")
          if p.is_file() and "__pycache__" not in p.parts}
missing = sorted(wanted - names)
if missing:
    sys.exit(f"not in the wheel: {', '.join(missing)}")
print(f"{len(wanted)} data files in the wheel")
PY
run "${pip[@]}" install "$wheel"

draftapp=$tmp/venv/bin/draftapp
examples=$root/examples
fixture=$root/tests/fixtures/texts/A_RES_80_6_en.txt
mkdir "$tmp/away" && cd "$tmp/away"
run "$draftapp" --version
run "$draftapp" --help
run "$draftapp" show "$examples/csto-zh.draft"
run "$draftapp" show "$examples/csto-en.md"
run "$draftapp" show "$fixture"
run "$draftapp" check "$examples/csto-zh.draft"
run "$draftapp" check --json "$examples/csto-en.md"
run "$draftapp" convert "$examples/csto-zh.draft" csto-zh.md
run "$draftapp" export "$examples/csto-zh.draft" -o csto-zh.docx
run "$draftapp" export "$examples/csto-en.md" -o csto-en.docx --paper a4
run "$draftapp" new --organ ga --lang fr --session 80 --title "Essai" --sponsor France -o new.draft
run "$draftapp" show new.draft
run "$draftapp" new --from "$fixture" -o next.draft
run "$draftapp" show next.draft
run "$draftapp" export next.draft -o next.docx
# The desktop entry from the wheel starts the wheel's own command.
run env XDG_DATA_HOME="$tmp/share" "$draftapp" desktop --install --quiet
run grep -qxF "Exec=$draftapp %f" "$tmp/share/applications/draftapp.desktop"
for f in csto-zh.md csto-zh.docx csto-en.docx new.draft next.draft next.docx; do
  run test -s "$f"
done
# The version the wheel reports is the project's.
version=$("$draftapp" --version)
run test "$version" = "draftapp $(cd "$root" && "$tmp/venv/bin/python" -c 'import ast,sys
for n in ast.parse(open("draftapp/__init__.py").read()).body:
    if isinstance(n, ast.Assign) and n.targets[0].id == "__version__": print(n.value.value)')"
echo "wheel test: ok ($version installed from its wheel; show, check, convert, export, new, new --from and desktop ran outside the checkout)"

#!/usr/bin/env bash
# Install what Draftapp needs on Debian 12: system libraries through apt (only those
# missing) and a Python virtual environment in .venv with the project and its extras.
#   scripts/setup.sh            the app (Qt libraries, fonts, spelling dictionaries)
#   scripts/setup.sh --test     also what the tests use (LibreOffice, poppler, Xvfb)
set -euo pipefail
if [[ "${1:-}" == -h || "${1:-}" == --help ]]; then
  echo "usage: scripts/setup.sh [--test]"; sed -n '2,5p' "$0" | sed 's/^# \{0,1\}//'; exit 0
fi
cd "$(dirname "$0")/.."

APP_PACKAGES=(
  # Qt's offscreen and xcb platforms: one list, which the editor also names
  $(grep -o '^[^#]*' resources/gui/qt-debian-packages.txt)
  # fonts: Times-compatible Liberation Serif, Noto CJK for Chinese, Noto Naskh Arabic
  fonts-liberation2 fonts-noto-cjk fonts-noto-core
  # spelling, offline, in the five alphabetic official languages
  libenchant-2-2 hunspell-en-gb hunspell-fr-classical hunspell-es hunspell-ru hunspell-ar
)
TEST_PACKAGES=(
  # rendering checks of the exported DOCX, and a virtual screen for screenshots
  libreoffice-writer-nogui poppler-utils xvfb xauth
  # the desktop entry and .draft file type, validated
  desktop-file-utils shared-mime-info
)

packages=("${APP_PACKAGES[@]}")
extras="."
if [[ "${1:-}" == "--test" ]]; then
  packages+=("${TEST_PACKAGES[@]}")
  extras=".[test]"
fi
if ! python3 -m venv --help >/dev/null 2>&1; then
  packages+=(python3-venv)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo=""
  if [[ $(id -u) -ne 0 ]]; then
    sudo="sudo"
    # No root and no sudo without a password: say what to ask an administrator for, and
    # go on (the headless commands need none of Qt's libraries).
    if ! command -v sudo >/dev/null || ! sudo -n true 2>/dev/null; then
      echo "setup: these system packages are missing; ask an administrator to run:" >&2
      echo "  sudo apt-get install --no-install-recommends ${missing[*]}" >&2
      echo "setup: going on without them: the headless commands work, the editor may not." >&2
      sudo=skip
    fi
  fi
  if [[ $sudo != skip ]]; then
    echo "Installing system packages: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

if [[ ! -x .venv/bin/python ]]; then
  python3 -m venv .venv
fi
# The Python packages are installed again only when what declares them changed: a stamp
# in .venv per set (.venv/.stamp-app, .venv/.stamp-test), so a second launch needs no
# network. The test set includes the app's.
stamp=$(cat pyproject.toml setup.py | sha256sum | cut -d' ' -f1)
stamps=(.venv/.stamp-test)
[[ $extras == "." ]] && stamps+=(.venv/.stamp-app)
python_up_to_date() {
  local s
  for s in "${stamps[@]}"; do
    [[ -f $s && $(<"$s") == "$stamp" ]] && return 0
  done
  return 1
}
if ! python_up_to_date; then
  rm -f .venv/.stamp-*
  # pip's notices are kept out of the way; on a failure they are shown in full.
  log=$(mktemp)
  if ! { .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip &&
         .venv/bin/python -m pip install -q --disable-pip-version-check -e "$extras"; } >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    echo "setup: installing the Python packages failed (above)" >&2
    exit 1
  fi
  rm -f "$log"
  echo "$stamp" >"${stamps[-1]}"
  # The editor in the desktop's applications, opening .draft files (the user's own
  # folder; `.venv/bin/draftapp desktop --uninstall` removes it).
  .venv/bin/draftapp desktop --install --quiet
fi

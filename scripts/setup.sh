#!/usr/bin/env bash
# Install what Draftapp needs on Debian 12: system libraries through apt (only those
# missing) and a Python virtual environment in .venv with the project and its extras.
#   scripts/setup.sh            the app (Qt libraries, fonts, spelling dictionaries)
#   scripts/setup.sh --test     also what the tests use (LibreOffice, poppler, Xvfb)
set -euo pipefail
cd "$(dirname "$0")/.."

APP_PACKAGES=(
  # Qt's offscreen and xcb platforms (tech-notes.md)
  libglib2.0-0 libxkbcommon0 libgl1 libegl1 libfontconfig1 libdbus-1-3
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
  libxcb-randr0 libxcb-render-util0 libxcb-xinerama0 libxcb-image0 libx11-xcb1
  # fonts: Times-compatible Liberation Serif, Noto CJK for Chinese, Noto Naskh Arabic
  fonts-liberation2 fonts-noto-cjk fonts-noto-core
  # spelling, offline, in the five alphabetic official languages
  libenchant-2-2 hunspell-en-us hunspell-en-gb hunspell-fr-classical hunspell-es hunspell-ru hunspell-ar
)
TEST_PACKAGES=(
  # rendering checks of the exported DOCX, and a virtual screen for screenshots
  libreoffice-writer-nogui poppler-utils xvfb xauth
  # a DOCX written by another tool (Word list numbering) for the import tests; the export benchmark
  pandoc
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
  echo "Installing system packages: ${missing[*]}"
  sudo=""
  [[ $(id -u) -ne 0 ]] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [[ ! -x .venv/bin/python ]]; then
  python3 -m venv .venv
fi
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

#!/usr/bin/env bash
# Installs the system libraries the app and its tests need, if they are missing:
# Qt's runtime libraries (X11/xcb for a real window, EGL/GL, fontconfig, D-Bus),
# PostgreSQL server binaries for the test suite, poppler-utils to render PDF pages,
# binutils (objdump, strip) for the desktop bundle; headless chromium with its driver, npm (for
# axe-core, scripts/ensure-axe-core.sh) and a
# Java runtime (the Nu HTML validator) for the published website's tests.
# Does nothing where they are present; needs root (or sudo) and apt on Debian/Ubuntu.
set -euo pipefail

packages=(
  libegl1 libgl1 libglib2.0-0 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-render-util0 libxcb-image0
  libxcb-randr0 libxcb-xinerama0 libxcb-xfixes0 libnss3 libasound2
  postgresql poppler-utils binutils
  chromium chromium-driver default-jre-headless
)

command -v dpkg-query >/dev/null 2>&1 || { echo "ensure-system-deps: not a Debian system; install Qt's libraries and PostgreSQL yourself." >&2; exit 0; }

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
# npm: Debian's package only where no npm is on the PATH (a Node.js that bundles its own npm
# conflicts with Debian's npm package).
command -v npm >/dev/null 2>&1 || missing+=(npm)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then sudo=""; elif command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
  echo "ensure-system-deps: missing ${missing[*]}; run as root or install them" >&2; exit 0
fi
echo "ensure-system-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

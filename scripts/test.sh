#!/usr/bin/env bash
# Runs agora's whole test suite: unit tests, black-box tests of the binary,
# HTTP tests over loopback and headless-Chromium browser tests.
# Installs what the tests need first (Debian's chromium, the browser tests'
# node packages), so it works on a fresh machine. Arguments go to `cargo test`:
# `scripts/test.sh --test it serve::` runs one module of the black-box tests
# (tests/it/, one test binary).
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "scripts/test.sh: need root to run: $*" >&2; exit 1
  fi
}

apt_updated=0
apt_install() {
  if [ "$apt_updated" = 0 ]; then as_root apt-get update -qq; apt_updated=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"
}

[ -x /usr/bin/chromium ] || apt_install chromium
command -v node >/dev/null && command -v npm >/dev/null || apt_install nodejs npm

if [ -f tests/browser/package.json ]; then
  (cd tests/browser && if [ -f package-lock.json ]; then npm ci --no-audit --no-fund --silent; else npm install --no-audit --no-fund --silent; fi)
fi

# translate-toolkit (PyPI): a real XLIFF reader for the tests of `agora i18n export/import`
if ! python3 -c "import translate.storage.xliff" 2>/dev/null; then
  command -v python3 >/dev/null || apt_install python3 python3-pip
  python3 -m pip --version >/dev/null 2>&1 || apt_install python3-pip
  python3 -m pip install --quiet translate-toolkit 2>/dev/null \
    || python3 -m pip install --quiet --break-system-packages translate-toolkit
fi

cargo test --locked "$@"

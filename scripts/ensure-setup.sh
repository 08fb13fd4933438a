#!/usr/bin/env bash
# Makes a fresh machine ready: node modules, and for browser tests Debian's chromium and
# CJK fonts (apt-get as root; otherwise a clear message saying what to install).
set -euo pipefail
cd "$(dirname "$0")/.."

lock_stamp=node_modules/.glossa-lock.sha256
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -d node_modules ] || [ "$(cat "$lock_stamp" 2>/dev/null)" != "$want" ]; then
  echo "== installing node modules (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$want" > "$lock_stamp"
fi

if [ "${1:-}" = "--browser" ]; then
  missing=()
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  # grep without -q reads all of fc-list's output: with pipefail, -q's early exit would
  # SIGPIPE fc-list and make installed fonts look missing.
  if ! fc-list 2>/dev/null | grep -i 'Noto Sans CJK\|Noto Serif CJK' >/dev/null; then missing+=(fonts-noto-cjk); fi
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      echo "== installing ${missing[*]} (apt-get)"
      apt-get update -qq
      apt-get install -y -qq --no-install-recommends "${missing[@]}" fontconfig >/dev/null
    else
      echo "glossa: browser tests need: ${missing[*]}." >&2
      echo "        On Debian/Ubuntu run: sudo apt-get install -y ${missing[*]}" >&2
      exit 3
    fi
  fi
fi

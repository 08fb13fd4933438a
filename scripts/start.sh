#!/usr/bin/env bash
# Opens the desktop app: set-up, build, launch Electron. Where the Electron binary cannot be
# obtained, electron-path.cjs says so in two plain lines (what is missing, and browser mode
# as the way on) on stderr and we stop; nothing is written to a shared temporary file.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-setup.sh
# Before the build: a machine without Electron learns it in a second, not after a build.
electron=$(node scripts/electron-path.cjs) || exit 1
npx electron-vite build
exec "$electron" . "$@"

#!/usr/bin/env bash
# Opens the desktop app: set-up, build, launch Electron. Where the Electron binary cannot be
# obtained, says so plainly and points to browser mode.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-setup.sh
npx electron-vite build
if ! electron=$(node scripts/electron-path.cjs 2>/tmp/glossa-electron.err); then
  echo >&2
  echo "glossa: the Electron binary is not available on this machine ($(cat /tmp/glossa-electron.err))." >&2
  echo "        Open the same app in your browser instead:  npm run web" >&2
  exit 1
fi
exec "$electron" . "$@"

#!/usr/bin/env bash
# Browser mode: the app on http://127.0.0.1 with a per-run token, over the same notebook.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-setup.sh
npx electron-vite build >/dev/null
exec node bin/glossa.cjs serve --open "$@"

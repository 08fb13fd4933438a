#!/usr/bin/env bash
# Every test, from a fresh clone: set-up, build, type check, lint, unit tests (vitest),
# browser tests (Playwright in Debian's Chromium). Ends with one line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-setup.sh --browser || exit $?

mkdir -p reports
rm -f reports/*.json
steps_failed=()
step() {
  local name=$1; shift
  echo "== $name"
  if "$@"; then echo "ok: $name"; else echo "FAILED: $name"; steps_failed+=("$name"); fi
}

step build npx electron-vite build
step typecheck npx tsc -p tsconfig.json --noEmit
step typecheck-model npx tsc -p tsconfig.model.json --noEmit
step lint npx eslint .
step unit npx vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json
step e2e npx playwright test --pass-with-no-tests
node scripts/summarize-tests.mjs "${steps_failed[@]}"

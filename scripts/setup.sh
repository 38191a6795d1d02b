#!/usr/bin/env bash
# Shared set-up of `npm start` and `npm test`: dependencies, the Temporal CLI, the build.
# Everything is skipped when already done, so second runs start at once.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
stamp=node_modules/.thidua-lock.sha
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [[ ! -f $stamp || $(cat "$stamp") != "$want" ]]; then
  echo "▸ installing dependencies (npm ci)…"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$want" >"$stamp"
fi
source scripts/ensure-temporal.sh
echo "▸ compiling TypeScript…"
npm run build --silent

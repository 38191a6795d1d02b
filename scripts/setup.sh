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
# The production profile runs the real Temporal server, built once from its Go module.
if [[ ${PROFILE:-} == production ]]; then source scripts/ensure-temporal-server.sh; fi
echo "▸ compiling TypeScript…"
npm run build --silent
# The UI is rebuilt only when its sources or the dependencies changed.
web_stamp=dist/web/.source.sha
web_want=$( (find apps/web -type f | sort | xargs sha256sum; sha256sum package-lock.json) | sha256sum | cut -d' ' -f1)
if [[ ! -f $web_stamp || $(cat "$web_stamp") != "$web_want" ]]; then
  echo "▸ building the web UI (vite)…"
  npm run build:web --silent
  echo "$web_want" >"$web_stamp"
fi

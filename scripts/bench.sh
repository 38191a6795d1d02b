#!/usr/bin/env bash
# `npm run bench`: set up, then every benchmark of bench/ in turn, each on fresh databases and its own
# stack; `npm run bench -- <name> [size]` runs one. Results are appended to BENCHMARKS.md.
source "$(dirname "$0")/setup.sh"
# The saturation curve (and PROFILE=production) run the real Temporal server.
source scripts/ensure-temporal-server.sh
all=(append roundtrip latency saturation fanout launch growth scan report memory web onboarding)
# The web benchmark drives Debian's Chromium, installed like the browser tests' one.
source "$(dirname "$0")/ensure-chromium.sh"
if [[ $# -eq 0 ]]; then
  node dist/bench/full-run.js
  for name in "${all[@]}"; do
    echo "━━ benchmark: $name"
    node --expose-gc "dist/bench/$name.js"
  done
elif [[ " ${all[*]} " == *" $1 "* ]]; then
  exec node --expose-gc "dist/bench/$1.js" "${@:2}"
else
  echo "✗ unknown benchmark '$1': choose one of ${all[*]}" >&2
  exit 2
fi

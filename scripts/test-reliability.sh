#!/usr/bin/env bash
# `npm run test:reliability`: the authorisation matrix, 10,000 fuzzed requests, hardening and
# faults (worker killed, Temporal restarted, connections dropped, retried requests) on the real
# stack; ends with a summary table. Longer than `npm test`, so separate.
source "$(dirname "$0")/setup.sh"
rm -f .data/reliability/summary.jsonl
FUZZ_REQUESTS=${FUZZ_REQUESTS:-10000} exec npx jest --ci --selectProjects reliability "$@"

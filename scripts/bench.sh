#!/usr/bin/env bash
# `npm run bench`: set up, then the benchmarks under bench/ against a fresh stack; results go to BENCHMARKS.md.
source "$(dirname "$0")/setup.sh"
exec node dist/bench/issue-plan.js "$@"

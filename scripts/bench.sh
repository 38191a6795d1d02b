#!/usr/bin/env bash
# `npm run bench [-- issue-plan|audit]`: set up, then a benchmark under bench/ on fresh databases; results go to BENCHMARKS.md.
source "$(dirname "$0")/setup.sh"
name=${1:-issue-plan}
exec node --expose-gc "dist/bench/${name}.js" "${@:2}"

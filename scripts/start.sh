#!/usr/bin/env bash
# `npm start`: the whole system on embedded defaults (see README.md).
source "$(dirname "$0")/setup.sh"
exec node dist/scripts/run.js "$@"

#!/usr/bin/env bash
# `npm run start:production`: the production profile on one machine (see README.md): the real
# Temporal server on PostgreSQL, WORKERS workers and API_PROCESSES API processes behind PORT.
export PROFILE=production
source "$(dirname "$0")/setup.sh"
exec node dist/scripts/run.js "$@"

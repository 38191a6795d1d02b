#!/usr/bin/env bash
# `npm test`: set up, then the unit, integration and end-to-end suites against real PostgreSQL and Temporal.
source "$(dirname "$0")/setup.sh"
source scripts/ensure-chromium.sh
source scripts/ensure-libreoffice.sh
# test/production.e2e-spec.ts runs the production profile's real Temporal server.
source scripts/ensure-temporal-server.sh
exec npx jest --ci --selectProjects unit integration "$@"

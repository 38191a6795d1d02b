#!/usr/bin/env bash
# The production profile's Temporal: the real server (all services in one process, PostgreSQL for
# persistence and visibility) and its SQL schema tool, built once from the server's Go module into
# .tools/temporal-server, with the module's PostgreSQL schema copied beside them (the schema tool
# reads it at every start, so it must not depend on Go's module cache being kept).
# Source this file: it exports TEMPORAL_SERVER_HOME.
TEMPORAL_SERVER_VERSION=v1.29.2
TEMPORAL_SERVER_HOME="$(pwd)/.tools/temporal-server"
if [[ ! -x $TEMPORAL_SERVER_HOME/bin/temporal-server || $(cat "$TEMPORAL_SERVER_HOME/VERSION" 2>/dev/null) != "$TEMPORAL_SERVER_VERSION" ]]; then
  command -v go >/dev/null 2>&1 || { echo "✗ Go is needed once to build the Temporal server: install Go ≥ 1.23" >&2; exit 1; }
  echo "▸ building the Temporal server $TEMPORAL_SERVER_VERSION into .tools/temporal-server (first run only; ~2 min on 2 cores)…"
  started=$SECONDS
  rm -rf "$TEMPORAL_SERVER_HOME" && mkdir -p "$TEMPORAL_SERVER_HOME/bin"
  GOBIN="$TEMPORAL_SERVER_HOME/bin" go install "go.temporal.io/server/cmd/server@$TEMPORAL_SERVER_VERSION" \
    "go.temporal.io/server/cmd/tools/sql@$TEMPORAL_SERVER_VERSION"
  mv "$TEMPORAL_SERVER_HOME/bin/server" "$TEMPORAL_SERVER_HOME/bin/temporal-server"
  mv "$TEMPORAL_SERVER_HOME/bin/sql" "$TEMPORAL_SERVER_HOME/bin/temporal-sql-tool"
  module="$(go env GOMODCACHE)/go.temporal.io/server@$TEMPORAL_SERVER_VERSION"
  mkdir -p "$TEMPORAL_SERVER_HOME/schema"
  cp -r "$module/schema/postgresql/v12/temporal" "$module/schema/postgresql/v12/visibility" "$TEMPORAL_SERVER_HOME/schema/"
  chmod -R u+w "$TEMPORAL_SERVER_HOME/schema"
  echo "$TEMPORAL_SERVER_VERSION" >"$TEMPORAL_SERVER_HOME/VERSION"
  echo "✓ Temporal server built in $((SECONDS - started)) s"
fi
export TEMPORAL_SERVER_HOME

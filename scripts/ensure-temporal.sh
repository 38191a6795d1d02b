#!/usr/bin/env bash
# Finds the Temporal CLI (its dev server embeds the real Temporal server with SQLite and the Web UI):
# $TEMPORAL_CLI, then `temporal` on PATH, then .tools/bin; builds it there once when none is found.
# Source this file: it exports TEMPORAL_CLI.
TEMPORAL_VERSION=v1.5.1 # later tags carry a `replace` directive that `go install` refuses
tools="$(pwd)/.tools/bin"
if [[ -n ${TEMPORAL_CLI:-} && -x $TEMPORAL_CLI ]]; then
  :
elif command -v temporal >/dev/null 2>&1; then
  TEMPORAL_CLI=$(command -v temporal)
elif [[ -x $tools/temporal ]]; then
  TEMPORAL_CLI=$tools/temporal
else
  command -v go >/dev/null 2>&1 || { echo "✗ Go is needed once to build the Temporal CLI: install Go ≥ 1.23" >&2; exit 1; }
  echo "▸ building the Temporal CLI $TEMPORAL_VERSION into .tools/bin (first run only; ~5 min on 2 cores)…"
  started=$SECONDS
  mkdir -p "$tools"
  GOBIN="$tools" go install "github.com/temporalio/cli/cmd/temporal@$TEMPORAL_VERSION"
  echo "✓ Temporal CLI built in $((SECONDS - started)) s"
  TEMPORAL_CLI=$tools/temporal
fi
export TEMPORAL_CLI

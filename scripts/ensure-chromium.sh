#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (no browser download works here): installed with
# apt-get the first time, as root, without prompts. Source this file: it exports CHROMIUM.
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
if [[ ! -x $CHROMIUM ]]; then
  echo "▸ installing Debian's Chromium for the browser tests (first run only, ≈ 1–2 min)…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium >/dev/null
  [[ -x $CHROMIUM ]] || { echo "✗ Chromium did not install at $CHROMIUM" >&2; exit 1; }
fi
export CHROMIUM

#!/usr/bin/env bash
# Runs a compiled tool from dist/, building it first when dist/ is missing or stale.
#
#   bash scripts/run-built.sh dist/tools/validate/validate-cli.js seeds/handan-psb-2022.json --json
#
# dist/ is stale when any .ts file under apps/ libs/ tools/ bench/ reliability/ is newer than dist/.tsbuildinfo
# (or the tool's .js file is missing). The build (`npm run -s build`) writes only to stderr, so the
# tool's stdout stays clean for `--json`. The tool runs in the caller's working directory, its exit
# status is this script's, and a failed build exits with the build's status.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

if [ $# -lt 1 ]; then
  echo "Usage: bash scripts/run-built.sh <dist/…/tool.js> [arguments…]" >&2
  exit 2
fi
ENTRY="$1"
shift
case "$ENTRY" in
  /*) ;;
  *) ENTRY="$ROOT/$ENTRY" ;;
esac
STAMP="$ROOT/dist/.tsbuildinfo"

is_stale() {
  [ -f "$STAMP" ] && [ -f "$ENTRY" ] || return 0
  local dirs=() dir
  for dir in apps libs tools bench reliability; do
    [ -d "$ROOT/$dir" ] && dirs+=("$ROOT/$dir")
  done
  [ ${#dirs[@]} -gt 0 ] || return 1
  [ -n "$(find "${dirs[@]}" -name node_modules -prune -o -name '*.ts' -newer "$STAMP" -print -quit)" ]
}

if is_stale; then
  # Two tools started at once build once: the second waits, then finds dist/ fresh.
  mkdir -p "$ROOT/dist"
  if command -v flock > /dev/null 2>&1; then
    exec 9> "$ROOT/dist/.run-built.lock"
    flock 9
  fi
  if is_stale; then
    echo "run-built: dist/ is missing or older than the sources; building (npm run -s build)…" >&2
    status=0
    (cd "$ROOT" && npm run -s build) 1>&2 || status=$?
    if [ "$status" -ne 0 ]; then
      echo "run-built: the build failed (exit $status); not running $ENTRY" >&2
      exit "$status"
    fi
    # tsc leaves .tsbuildinfo untouched when only files outside the build (specs) changed.
    touch "$STAMP"
  fi
  if [ ! -f "$ENTRY" ]; then
    echo "run-built: $ENTRY does not exist after the build" >&2
    exit 2
  fi
  exec 9>&-
fi

exec node "$ENTRY" "$@"

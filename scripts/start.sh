#!/usr/bin/env bash
# npm start: from a fresh clone to the whole system running, in one command.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "start: installing dependencies…"
  bash scripts/install-deps.sh
fi
node scripts/ensure-infra.mjs
echo "start: building…"
npm run -s build
node dist/tools/db/migrate.js
node dist/tools/db/seed.js
exec node dist/tools/dev/run-services.js

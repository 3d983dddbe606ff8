#!/usr/bin/env bash
# npm test: everything a change must pass — lint, types, unit, integration and end-to-end tests
# against real PostgreSQL, NATS JetStream and Redis (started here when they are not running).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  bash scripts/install-deps.sh
fi
step() { printf '\n== %s\n' "$1"; }

step "infrastructure"; node scripts/ensure-infra.mjs
step "lint";           npm run -s lint
step "format";         npx prettier --check . --log-level warn
step "typecheck";      npx tsc -p tsconfig.json --noEmit
step "build";          npm run -s build
step "unit tests";        npx jest --selectProjects unit --maxWorkers=2
step "integration tests"; npx jest --selectProjects integration --runInBand
step "end-to-end tests";  npx jest --selectProjects e2e --runInBand
# Faults injected into the suite's own PostgreSQL, NATS and Redis (never the machine's); CI size.
step "reliability tests"; RELIABILITY_BUDGETS="${RELIABILITY_BUDGETS:-30}" npm run -s test:reliability
step "security tests";    npx jest --selectProjects security --runInBand

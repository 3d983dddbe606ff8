#!/usr/bin/env bash
# Installs exactly what package-lock.json records. `npm ci` refuses a lock file that lacks other
# platforms' optional native binaries (@swc/core-*, msgpackr-extract-*), which npm leaves out when
# the registry in use serves only this platform's; then `npm install` installs from the same lock,
# and we check it did not change a thing in it.
set -euo pipefail
cd "$(dirname "$0")/.."

if npm ci --no-audit --no-fund 2> >(tee /tmp/budgetflow-npm-ci.err >&2); then exit 0; fi
if ! grep -q "from lock file" /tmp/budgetflow-npm-ci.err; then exit 1; fi
echo "install: npm ci refused the lock file for missing optional platform binaries; installing from it with npm install"
before=$(sha256sum package-lock.json)
npm install --no-audit --no-fund
if [ "$before" != "$(sha256sum package-lock.json)" ]; then
  echo "install: package-lock.json is out of date with package.json; run npm install and commit it" >&2
  exit 1
fi

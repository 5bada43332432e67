#!/usr/bin/env bash
# CI's check of the province kit: make a subgraph from templates/province-subgraph as a province team would
# (`npm run create:subgraph`), build it with the compiler settings of the repository, and run the tests the
# template ships with it. Fails when the template no longer builds or its tests fail; leaves nothing behind.
set -euo pipefail
cd "$(dirname "$0")/.."

name=qom-scaffold-check
dir=subgraphs/$name
if [ -e "$dir" ]; then
  echo "check-scaffold: $dir exists already; remove it first" >&2
  exit 1
fi
trap 'rm -rf "$dir"' EXIT

node scripts/create-subgraph.js --province IR-25 --name "$name" --port 4199 --out "$dir" >/dev/null
echo "check-scaffold: created $dir from the template"
npx tsc -p "$dir" --outDir "$(mktemp -d)"
echo "check-scaffold: it builds"
node --experimental-vm-modules --disable-warning=ExperimentalWarning node_modules/jest/bin/jest.js \
  --selectProjects integration --testPathPattern "$dir/"
echo "check-scaffold: its tests pass"

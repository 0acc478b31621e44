#!/usr/bin/env bash
# Regenerates the contract from the code and copies it over the committed openapi/openapi.yaml.
# Review the diff: it is what partners will see change.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests -Dcodegen.skip=true package # the partner client is generated from the contract this makes
cp target/openapi/openapi.yaml openapi/openapi.yaml
git --no-pager diff --stat -- openapi/openapi.yaml || true

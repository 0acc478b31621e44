#!/usr/bin/env bash
# Runs the partner guides (docs/partners/*.md) as one story against a running instance: every block opened with
# ```bash step-NN, in the order of NN, in one shell (set -euo pipefail; every curl -f), in a scratch folder.
# A guide that no longer works fails here, in CI (.ci/run), not in a partner's hands.
#   scripts/partners/guides.sh <API base URL> <OIDC issuer URL>
# Prints one line per step and, at the end, "guide steps run: N, failed: 0".
set -euo pipefail
cd "$(dirname "$0")/../.."
API=$1 ISSUER=$2
SCRIPT=$(mktemp -d)/story.sh
python3 - docs/partners/*.md > "$SCRIPT" <<'PY'
import re, sys
steps = {}
for path in sys.argv[1:]:
    text = open(path, encoding="utf-8").read()
    for number, body in re.findall(r"^```bash step-(\d+)\n(.*?)^```$", text, re.S | re.M):
        if number in steps:
            sys.exit(f"step-{number} is in both {steps[number][0]} and {path}")
        steps[number] = (path, body)
if not steps:
    sys.exit("no bash step-NN block in docs/partners/")
print("set -euo pipefail")
for number in sorted(steps, key=int):
    path, body = steps[number]
    print(f'echo "step-{number} ({path})"')
    print(body)
print(f'echo "guide steps run: {len(steps)}, failed: 0"')
PY
cd "$(dirname "$SCRIPT")"
API=$API ISSUER=$ISSUER bash "$SCRIPT"

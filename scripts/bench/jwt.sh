#!/usr/bin/env bash
# Signs an access token with the benchmark's own RSA key (the application is started with its public key in
# quarkus.oidc.public-key, so no OIDC server runs beside the benchmark and none competes for the 2 cores).
# Usage: jwt.sh <private-key.pem> <client id> <role> [<extra claims as JSON members, e.g. "org_siret":"…">]
# (JWT_KID names the key in the header: "bench" unless set)
set -euo pipefail
key=$1 client=$2 role=$3 extra=${4:-}
b64() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
header=$(printf '{"alg":"RS256","typ":"JWT","kid":"%s"}' "${JWT_KID:-bench}" | b64)
payload=$(printf '{"iss":"https://bench.invalid/realms/emploi-formation","aud":"emploi-formation-api","azp":"%s","sub":"%s","iat":%d,"exp":%d,"realm_access":{"roles":["%s"]}%s}' \
  "$client" "service-account-$client" "$now" $((now + 7200)) "$role" "${extra:+,$extra}" | b64)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$key" -binary | b64)
printf '%s.%s.%s\n' "$header" "$payload" "$signature"

#!/usr/bin/env bash
# Seeds, through the API, the template rows the generator clones (so the generated data has exactly the
# shapes the application writes): a lot, five hiring intentions, a session request taken from draft to
# authorised (its purchase order and its publication entry), and a cancelled one (a tombstone).
# Usage: seed.sh <base url> <platform token> <training-body token> <region token>
set -euo pipefail
URL=$1 PLATFORM=$2 BODY=$3 REGION=$4
LIB=$(dirname "$0")/../lib
call() { # method path token [body] -> body on stdout, fails on a non-2xx answer
  curl -fsS -X "$1" -H "Authorization: Bearer $3" -H 'Content-Type: application/json' "$URL$2" ${4:+-d "$4"}
}
step() { # request id, transition, token, body: a change needs the ETag just read (If-Match)
  local etag
  etag=$(curl -fsS -o /dev/null -D - -H "Authorization: Bearer $3" "$URL/api/v1/session-requests/$1" | tr -d '\r' \
    | sed -n 's/^[Ee][Tt][Aa][Gg]: //p')
  curl -fsS -X POST -H "Authorization: Bearer $3" -H 'Content-Type: application/json' -H "If-Match: $etag" \
    "$URL/api/v1/session-requests/$1/$2" -d "$4"
}
id() { python3 -c 'import sys,json;print(json.load(sys.stdin)["id"])'; }
call PUT /api/v1/lots/BENCH-44 "$REGION" '{"label":"Lot du banc d essai","sector":"CONSTRUCTION","departments":["44"],
  "price_per_trainee_hour":14.5,"minimum_order_hours":1000,"mandataire_siret":"73866205898790","mandataire_name":"Formations Atlantique",
  "mandataire_nda":"52440123444","members":[],"certifications":[{"kind":"RNCP","code":"RNCP35185","title":"Maçon","mandatory":true}]}' > /dev/null
intention() { # external id, employer SIRET
  call POST /api/v1/hiring-intentions "$PLATFORM" "{\"external_id\":\"$1\",\"employer\":{\"siret\":\"$2\",\"name\":\"Bâtiments de l'Erdre\",
  \"department\":\"44\",\"commune_insee\":\"44109\"},\"job\":{\"title\":\"Maçon\",\"rome_code\":\"F1703\"},\"positions\":1,
  \"contract\":{\"type\":\"CDI\",\"weekly_hours\":35},\"target\":{\"certification_code\":\"RNCP35185\"},
  \"employer_involvement\":[\"CANDIDATE_SELECTION\",\"IMMERSION\"],\"proof\":{\"channel\":\"PLATFORM\",\"received_on\":\"2026-11-20\"},
  \"training_body_siret\":\"73866205898790\"}" | id
}
request() { # title -> id of a draft answering five new intentions
  local ids=() i
  for i in 1 2 3 4 5; do
    ids+=("\"$(intention "bench-template-$1-$i" "$(python3 "$LIB/siret.py" "$(printf '4122983800%03d' $((i * 7)))")")\"")
  done
  local joined; joined=$(IFS=,; echo "${ids[*]}")
  call POST /api/v1/session-requests "$BODY" "{\"lot_code\":\"BENCH-44\",\"title\":\"Maçon - session $1\",
  \"training_sector\":\"CONSTRUCTION\",\"certification\":{\"kind\":\"RNCP\",\"code\":\"RNCP35185\"},\"formacode\":\"22454\",
  \"planned_hours\":700,\"start_date\":\"2027-03-01\",\"end_date\":\"2027-09-30\",\"locations\":[{\"commune_insee\":\"44109\",
  \"label\":\"12 rue de la Formation\",\"postcode\":\"44000\",\"city\":\"Nantes\"}],\"hiring_intention_ids\":[$joined],\"places\":5}" | id
}
for title in published cancelled; do
  r=$(request "$title")
  step "$r" submit "$BODY" '{}' > /dev/null
  step "$r" start-review "$REGION" '{}' > /dev/null
  step "$r" authorise "$REGION" '{"reason":"Conforme au cahier des charges"}' > /dev/null
  [ "$title" = cancelled ] && step "$r" cancel "$REGION" '{"reason":"Session annulée"}' > /dev/null
  echo "$title $r"
done

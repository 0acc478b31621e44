#!/usr/bin/env python3
"""Write load for the crash campaign (R4): workers push new hiring intentions and take session requests from draft to
authorised, as long as the file STOP does not exist, retrying through outages. Every answer 2xx is appended to the
journal (one JSON line: what, id, status, sent and at: when the request that got it was sent and when its answer came,
in seconds since the epoch) and flushed before the next request, so the journal holds exactly what the application
acknowledged, and when. Every 5xx answer and failed connection goes to <journal>.failures the same way (status 0
for no answer within 60 s or a connection refused or cut). Usage: load.py <base url> <journal> <stop file> <platform token> <body token>
<region token> <workers>"""
import http.client
import json
import os
import sys
import threading
import time
import uuid

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
from siret import siret  # noqa: E402

BASE, JOURNAL, STOP, PLATFORM, BODY, REGION, WORKERS = sys.argv[1:8]
HOST, PORT = BASE.replace("http://", "").split(":")
lock = threading.Lock()
journal = open(JOURNAL, "a", buffering=1)
failures = open(JOURNAL + ".failures", "a", buffering=1)  # every 5xx and failed connection: status (0), sent, at
local = threading.local()  # the time the current thread sent its last request
counts = {"sent": 0, "2xx": 0, "4xx": 0, "503": 0, "other_5xx": 0, "refused": 0, "max_ms": 0, "5xx_not_a_problem": 0,
          "503_without_retry_after": 0}


def stopped():
    try:
        open(STOP).close()
        return True
    except FileNotFoundError:
        return False


def call(method, path, token, body=None, if_match=None, etags=None):
    """One request; (status, parsed body) or (None, None) when the connection failed. The answer's ETag goes into
    etags[path] when a dict is given."""
    with lock:
        counts["sent"] += 1
    headers = {"Authorization": "Bearer " + token, "Content-Type": "application/json"}
    if if_match is not None:
        headers["If-Match"] = if_match
    local.sent = time.time()
    try:
        connection = http.client.HTTPConnection(HOST, int(PORT), timeout=60)
        connection.request(method, path, json.dumps(body) if body is not None else None, headers)
        response = connection.getresponse()
        text = response.read()
        if etags is not None:
            etags[path] = response.getheader("ETag")
        connection.close()
    except (OSError, http.client.HTTPException):
        with lock:
            counts["refused"] += 1
            counts["max_ms"] = max(counts["max_ms"], int((time.time() - local.sent) * 1000))
            failures.write(json.dumps({"status": 0, "sent": local.sent, "at": time.time()}) + "\n")
        return None, None
    with lock:
        counts["max_ms"] = max(counts["max_ms"], int((time.time() - local.sent) * 1000))
        if response.status >= 500 and not (response.getheader("Content-Type") or "").startswith("application/problem+json"):
            counts["5xx_not_a_problem"] += 1
        if response.status == 503 and not response.getheader("Retry-After"):
            counts["503_without_retry_after"] += 1
        if response.status >= 500:
            failures.write(json.dumps({"status": response.status, "sent": local.sent, "at": time.time()}) + "\n")
    kind = "503" if response.status == 503 else "other_5xx" if response.status >= 500 else str(response.status // 100) + "xx"
    with lock:
        counts[kind] = counts.get(kind, 0) + 1
    try:
        return response.status, json.loads(text) if text else None
    except ValueError:
        return response.status, None


def record(what, ident, status):
    with lock:
        journal.write(json.dumps({"what": what, "id": ident, "status": status, "sent": local.sent, "at": time.time()}) + "\n")
        journal.flush()


def intention(external_id, token=PLATFORM):
    """Pushes one intention until an answer comes; the same external_id on every retry (a partner's retry)."""
    body = {"external_id": external_id, "employer": {"siret": siret("5"), "name": "E", "department": "44", "commune_insee": "44109"},
            "job": {"title": "Maçon", "rome_code": "F1703"}, "positions": 1, "contract": {"type": "CDI", "weekly_hours": 35},
            "target": {"certification_code": "RNCP35185"}, "employer_involvement": ["IMMERSION"],
            "proof": {"channel": "PLATFORM", "received_on": "2026-11-20"}, "training_body_siret": "73866205898790"}
    while not stopped():
        status, answer = call("POST", "/api/v1/hiring-intentions", token, body)
        if status in (200, 201):
            record("intention", answer["id"], status)
            return answer["id"]
        if status is not None and status < 500 and status != 429:
            return None
        time.sleep(0.2)
    return None


def etag(path, token):
    """Reads the resource until it answers, as a partner does before a change (If-Match is required): its ETag."""
    etags = {}
    while not stopped():
        status, _ = call("GET", path, token, etags=etags)
        if status == 200:
            return etags[path]
        if status is not None and status < 500 and status != 429:
            return None
        time.sleep(0.2)
    return None


def until_answered(method, path, token, body, what, if_match=None):
    while not stopped():
        status, answer = call(method, path, token, body, if_match)
        if status is not None and status // 100 == 2:
            record(what, path.split("/")[4] if what != "request" else answer["id"], status)
            return answer
        if status is not None and status < 500 and status != 429:
            return None  # e.g. 409 after a retry whose first attempt had been applied: the journal has no 2xx for it
        time.sleep(0.2)
    return None


def intake_worker(n):
    i = 0
    while not stopped():
        i += 1
        intention("crash-%s-%d-%d" % (RUN, n, i))


def session_worker(n):
    i = 0
    while not stopped():
        i += 1
        ids = [intention("crash-s-%s-%d-%d-%d" % (RUN, n, i, k)) for k in range(5)]
        if None in ids:
            continue
        request = until_answered("POST", "/api/v1/session-requests", BODY, {
            "lot_code": "CRASH-44", "title": "Session", "training_sector": "CONSTRUCTION",
            "certification": {"kind": "RNCP", "code": "RNCP35185"}, "formacode": "22454", "planned_hours": 700,
            "start_date": "2027-03-01", "end_date": "2027-09-30",
            "locations": [{"commune_insee": "44109", "label": "1 rue A", "postcode": "44000", "city": "Nantes"}],
            "hiring_intention_ids": ids, "places": 5}, "request")
        if request is None:
            continue
        rid = request["id"]
        for step, token, body in (("submit", BODY, {}), ("start-review", REGION, {}), ("authorise", REGION, {"reason": "OK"})):
            # a retry after an outage keeps the ETag read before it: if the first attempt was applied, 412 (no 2xx journaled)
            read = etag("/api/v1/session-requests/%s" % rid, token)
            if read is None or until_answered("POST", "/api/v1/session-requests/%s/%s" % (rid, step), token, body, step,
                                              read) is None:
                break


RUN = uuid.uuid4().hex[:8]
threads = [threading.Thread(target=intake_worker if n % 2 else session_worker, args=(n,)) for n in range(int(WORKERS))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("load: " + " ".join("%s=%d" % item for item in counts.items()))

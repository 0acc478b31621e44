"""The hottest frames of a JFR recording's execution samples (Python standard library only).

Reads `jfr print --json --stack-depth 64 --events jdk.ExecutionSample <file>` on stdin; prints the share of samples per thread group,
the methods most often on top of the stack (self), and the packages and methods most often anywhere in it (total).
"""
import collections
import json
import re
import sys

events = json.load(sys.stdin)["recording"]["events"]
total = len(events)
self_counts = collections.Counter()
method_total = collections.Counter()
package_total = collections.Counter()
threads = collections.Counter()


def name(frame):
    method = frame["method"]
    return method["type"]["name"].replace("/", ".") + "." + method["name"]


def package(frame):
    parts = frame["method"]["type"]["name"].replace("/", ".").split(".")
    return ".".join(parts[:3]) if len(parts) > 3 else ".".join(parts[:-1])


for event in events:
    values = event["values"]
    thread = (values.get("sampledThread") or {}).get("javaName") or "?"
    threads[re.sub(r"[-#]?\d+$", "", thread)] += 1
    frames = (values.get("stackTrace") or {}).get("frames") or []
    if not frames:
        continue
    self_counts[name(frames[0])] += 1
    for key in {name(f) for f in frames}:
        method_total[key] += 1
    for key in {package(f) for f in frames}:
        package_total[key] += 1

print(f"{total} execution samples")
for title, counter, n in (("threads", threads, 10), ("self (top of the stack)", self_counts, 25),
                          ("total: packages on the stack", package_total, 25), ("total: methods on the stack", method_total, 40)):
    print(f"\n-- {title}")
    for key, count in counter.most_common(n):
        print(f"{100 * count / max(total, 1):6.1f} %  {key}")

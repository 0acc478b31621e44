-- wrk script for P3: GETs, each on a path drawn at random from the file PATHS (one path per line), with the
-- token TOKEN. Prints one RESULT line with p50/p99 and the count of answers that were not 200.
local paths = {}
for line in io.lines(os.getenv("PATHS")) do paths[#paths + 1] = line end
local headers = { ["Authorization"] = "Bearer " .. os.getenv("TOKEN") }

function init(args)
  math.randomseed(os.time())
end

function request()
  return wrk.format("GET", paths[math.random(#paths)], headers)
end

function done(summary, latency, requests)
  local p = function(q) return latency:percentile(q) / 1000 end
  io.write(string.format("RESULT rps=%.1f p50_ms=%.2f p99_ms=%.2f requests=%d non2xx=%d errors=%d\n",
    summary.requests / (summary.duration / 1e6), p(50), p(99), summary.requests, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end

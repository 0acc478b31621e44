-- wrk script for P1: every request pushes a new hiring intention (new external_id, new employer SIRET with a
-- valid Luhn key), as a partner's burst would. Optional pacing: set env PACE_MS to wait that long between
-- two requests of one connection (used to hold the load at 70 % of the measured maximum).
local counter = 0
local thread_id = 0
local pace = tonumber(os.getenv("PACE_MS") or "0")
local token = os.getenv("TOKEN")
local run = os.getenv("RUN_ID") or "run"

function setup(thread)
  thread_id = thread_id + 1
  thread:set("tid", thread_id)
end

local function luhn_siret(n)
  local base = string.format("%013d", n % 10000000000000)
  for k = 0, 9 do
    local s = base .. k
    local total = 0
    for i = 1, 14 do
      local d = tonumber(s:sub(15 - i, 15 - i))
      if i % 2 == 0 then d = d * 2; if d > 9 then d = d - 9 end end
      total = total + d
    end
    if total % 10 == 0 then return s end
  end
end

function init(args)
  math.randomseed(os.time() + (tid or 0) * 7919)
end

function delay()
  return pace
end

function request()
  counter = counter + 1
  local id = string.format("%s-%d-%d", run, tid or 0, counter)
  local siret = luhn_siret(math.random(1, 999999999999) * 10 + (tid or 0))
  local body = '{"external_id":"' .. id .. '","employer":{"siret":"' .. siret .. '","name":"Employeur","department":"44",'
    .. '"commune_insee":"44109"},"job":{"title":"Maçon","rome_code":"F1703"},"positions":1,'
    .. '"contract":{"type":"CDI","weekly_hours":35},"target":{"certification_code":"RNCP35185"},'
    .. '"employer_involvement":["IMMERSION"],"proof":{"channel":"PLATFORM","received_on":"2026-11-20"},'
    .. '"training_body_siret":"73866205898790"}'
  return wrk.format("POST", "/api/v1/hiring-intentions",
    { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }, body)
end

function done(summary, latency, requests)
  local p = function(q) return latency:percentile(q) / 1000 end
  io.write(string.format("RESULT rps=%.1f mean_ms=%.2f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f requests=%d errors=%d non2xx=%d\n",
    summary.requests / (summary.duration / 1e6), latency.mean / 1000, p(50), p(99), latency.max / 1000, summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
end

-- wrk script for the bench (bench/lib/wrk.ts): POSTs the JSON bodies of a
-- file, one per line, round-robin. Arguments after `--`:
--   1  the bodies file
--   2  stop after this many responses (0: run for the whole duration)
--   3  how to tell a good response: "length" (body is exactly arg 4 bytes),
--      "contains" (body contains arg 4 and no "errors" member), or "none"
--      (do not read bodies)
--   4  the length or text for arg 3
-- With a limit, it prints WRK_LIMIT when reached: wrk itself only stops at
-- the end of -d, so wrk.ts sends SIGINT then and wrk reports the true duration.
-- done() prints one line: WRK_JSON {...}.

local requests = {}
local limit, mode, expected = 0, 'none', nil
local index = 1
responses = 0
bad = 0

function init(args)
  local file = assert(io.open(args[1], 'r'))
  for line in file:lines() do
    if #line > 0 then
      requests[#requests + 1] = wrk.format('POST', nil, { ['Content-Type'] = 'application/json' }, line)
    end
  end
  file:close()
  limit = tonumber(args[2]) or 0
  mode = args[3] or 'none'
  expected = mode == 'length' and tonumber(args[4]) or args[4]
  -- Without a response function wrk skips handing bodies to Lua: the cheapest client for throughput runs.
  if mode == 'none' and limit == 0 then response = nil end
end

function request()
  local r = requests[index]
  index = index % #requests + 1
  return r
end

function response(status, headers, body)
  responses = responses + 1
  if status ~= 200
    or (mode == 'length' and #body ~= expected)
    or (mode == 'contains' and (not string.find(body, expected, 1, true) or string.find(body, '"errors":', 1, true))) then
    bad = bad + 1
  end
  if limit > 0 and responses == limit then
    io.write('WRK_LIMIT\n')
    io.flush()
    wrk.thread:stop()
  end
end

local threads = {}

function setup(thread)
  threads[#threads + 1] = thread
end

function done(summary, latency, requests)
  local badTotal = 0
  for _, thread in ipairs(threads) do badTotal = badTotal + (thread:get('bad') or 0) end
  local e = summary.errors
  io.write(string.format(
    'WRK_JSON {"requests":%d,"durationUs":%d,"bytes":%d,"bad":%d,"connectErrors":%d,"readErrors":%d,"writeErrors":%d,"statusErrors":%d,"timeouts":%d,"p50Us":%d,"p90Us":%d,"p99Us":%d,"maxUs":%d}\n',
    summary.requests, summary.duration, summary.bytes, badTotal, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
end

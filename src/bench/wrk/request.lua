-- One wrk request shape for every row of the benchmark, set by environment variables:
--   BENCH_METHOD         GET (default) or POST
--   BENCH_BODY_FILE      file whose bytes are the POST body (sent as application/json)
--   BENCH_IF_NONE_MATCH  an entity tag to send as If-None-Match (the 304 path)
--   BENCH_ACCEPT_ENCODING  sent as Accept-Encoding (gzip: the compressed path)
-- done() prints one machine-readable line that run.sh turns into a table row.

local method = os.getenv("BENCH_METHOD") or "GET"
local body_file = os.getenv("BENCH_BODY_FILE")
local etag = os.getenv("BENCH_IF_NONE_MATCH")
local accept_encoding = os.getenv("BENCH_ACCEPT_ENCODING")

wrk.method = method
wrk.headers["Accept"] = "application/json"
if body_file and body_file ~= "" then
    local f = assert(io.open(body_file, "rb"))
    wrk.body = f:read("*a")
    f:close()
    wrk.headers["Content-Type"] = "application/json"
end
if accept_encoding and accept_encoding ~= "" then
    wrk.headers["Accept-Encoding"] = accept_encoding
end
if etag and etag ~= "" then
    wrk.headers["If-None-Match"] = etag
end

function done(summary, latency, requests)
    local seconds = summary.duration / 1e6
    local e = summary.errors
    io.write(string.format(
        "BENCH requests=%d rps=%.1f p50_us=%d p99_us=%d max_us=%d status_errors=%d socket_errors=%d\n",
        summary.requests, summary.requests / seconds,
        latency:percentile(50), latency:percentile(99), latency.max,
        e.status, e.connect + e.read + e.write + e.timeout))
end

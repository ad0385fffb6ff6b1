// One autocannon run against one URL, reduced to the figures the benchmarks report. Shared by
// scripts/bench-api.mjs (function vs static file) and scripts/bench.mjs (that comparison and the
// load run). autocannon stops by itself after warm-up + duration; requests carry no
// Accept-Encoding, so a compressing server sends these bodies as they are.
import autocannon from "autocannon";

export async function measure(label, base, path, { connections, duration, warmup = 0 }) {
  const r = await autocannon({
    url: base + path,
    connections,
    duration,
    ...(warmup > 0 ? { warmup: { connections, duration: warmup } } : {}),
  });
  // autocannon counts every status outside 2xx as non-2xx; a 304 would be an answer too, but
  // these requests send no validators, so none is expected.
  const count304 = r.statusCodeStats?.["304"]?.count ?? 0;
  return {
    label: `${label} ${path}`,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    requests: r.requests.total,
    errors: r.errors, // connection errors and timeouts
    timeouts: r.timeouts,
    non2xx: r.non2xx - count304,
    // Bytes on the wire, headers included.
    bytesPerResponse: r.requests.total ? Math.round(r.throughput.total / r.requests.total) : 0,
  };
}

/**
 * Closed-loop load generator on node:http with a keep-alive Agent: `concurrency` workers each send one
 * request, wait for the whole response, record its latency and send the next, until the time is up.
 * Requests still in flight at the deadline are waited for and counted (the rate uses the full elapsed time).
 */
import * as http from 'http';
import { performance } from 'perf_hooks';

export interface LoadRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
}

export interface LoadOptions {
  port: number;
  concurrency: number;
  seconds: number;
  timeoutMs: number;
  /** Builds request number `n` (0-based over the whole run) for worker `w`. */
  make: (n: number, w: number) => LoadRequest;
}

export interface LoadResult {
  completed: number;
  ok: number; // 2xx
  errors: number; // non-2xx and transport errors
  statuses: Map<string, number>;
  errorSamples: string[];
  /** Request numbers that got no answer (timeout, reset): the server may still have done them. */
  noAnswer: number[];
  elapsedMs: number;
  latencies: Float64Array; // ms, every completed request, sorted ascending
}

const MAX_SAMPLES = 5;

function send(agent: http.Agent, port: number, r: LoadRequest, timeoutMs: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const payload = Buffer.from(r.body, 'utf8');
    const req = http.request(
      { host: '127.0.0.1', port, method: r.method, path: r.path, agent, timeout: timeoutMs, headers: { ...r.headers, 'content-length': String(payload.length) } },
      (res) => {
        const status = res.statusCode ?? 0;
        if (status >= 200 && status < 300) {
          // read and drop: parsing every answer would cost the generator CPU the servers need
          res.on('data', () => undefined);
          res.on('end', () => resolve({ status, body: '' }));
        } else {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status, body: Buffer.concat(chunks).toString('utf8') }));
        }
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(Object.assign(new Error(`no answer within ${timeoutMs} ms`), { code: 'TIMEOUT' })));
    req.on('error', reject);
    req.end(payload);
  });
}

export function newAgent(concurrency: number): http.Agent {
  return new http.Agent({ keepAlive: true, maxSockets: concurrency, maxFreeSockets: concurrency });
}

export async function runLoad(agent: http.Agent, o: LoadOptions): Promise<LoadResult> {
  const lat: number[] = [];
  const statuses = new Map<string, number>();
  const errorSamples: string[] = [];
  const noAnswer: number[] = [];
  let ok = 0, errors = 0, seq = 0;
  const t0 = performance.now();
  const deadline = t0 + o.seconds * 1000;

  const worker = async (w: number): Promise<void> => {
    while (performance.now() < deadline) {
      const n = seq++;
      const req = o.make(n, w);
      const s = performance.now();
      let key: string, detail = '';
      try {
        const r = await send(agent, o.port, req, o.timeoutMs);
        key = String(r.status);
        if (r.status >= 200 && r.status < 300) ok++;
        else {
          errors++;
          detail = r.body.slice(0, 300);
        }
      } catch (e) {
        const err = e as NodeJS.ErrnoException;
        key = err.code ?? 'ERROR';
        detail = err.message;
        errors++;
        noAnswer.push(n);
      }
      lat.push(performance.now() - s);
      statuses.set(key, (statuses.get(key) ?? 0) + 1);
      if (detail && errorSamples.length < MAX_SAMPLES) errorSamples.push(`${key} ${detail}`);
    }
  };
  await Promise.all(Array.from({ length: o.concurrency }, (_, w) => worker(w)));
  const elapsedMs = performance.now() - t0;
  return { completed: lat.length, ok, errors, statuses, errorSamples, noAnswer, elapsedMs, latencies: Float64Array.from(lat).sort() };
}

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: Float64Array, q: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/**
 * Summarises a V8 .cpuprofile (node --cpu-prof) by self time: per package / our source file, and the
 * hottest functions. Used by submit.bench.ts with BENCH_CPU_PROF=1; also runnable alone:
 *   node dist/bench/submit/cpu-profile.js <file.cpuprofile>
 */
import * as fs from 'fs';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }
interface Profile { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[]; timeDeltas: number[] }

/** Where a function lives: an npm package, a file of ours, a node built-in, or a V8 pseudo-frame. */
export function bucketOf(url: string, fn: string): string {
  if (!url) return fn.startsWith('(') ? fn : '(native)';
  const nm = url.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const parts = url.slice(nm + 14).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  if (url.startsWith('node:')) return 'node:' + url.slice(5).split('/')[0];
  const dist = url.indexOf('/server/dist/');
  if (dist >= 0) return 'linli: ' + url.slice(dist + 13).replace(/^modules\//, '');
  const cfg = url.indexOf('/config/dist/');
  if (cfg >= 0) return '@linli/config';
  return url.replace(/^file:\/\//, '');
}

/**
 * `window` limits the summary to samples taken between two CLOCK_MONOTONIC instants in µs
 * (process.hrtime.bigint() / 1000n in any process on the machine: V8 stamps samples on the same clock).
 */
export function summarise(file: string, top = 15, window?: [number, number]): string[] {
  const p = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  let total = 0, t = p.startTime;
  for (let i = 0; i < p.samples.length; i++) {
    const dt = p.timeDeltas[i] ?? 0;
    t += dt;
    if (window && (t < window[0] || t > window[1])) continue;
    self.set(p.samples[i], (self.get(p.samples[i]) ?? 0) + dt);
    total += dt;
  }
  const buckets = new Map<string, number>();
  const fns = new Map<string, number>();
  let idle = 0;
  for (const [id, us] of self) {
    const cf = byId.get(id)!.callFrame;
    if (cf.functionName === '(idle)') {
      idle += us;
      continue;
    }
    const b = bucketOf(cf.url, cf.functionName);
    buckets.set(b, (buckets.get(b) ?? 0) + us);
    const f = `${cf.functionName || '(anonymous)'} ${b}${cf.url ? `:${cf.lineNumber + 1}` : ''}`;
    fns.set(f, (fns.get(f) ?? 0) + us);
  }
  const busy = total - idle;
  const pct = (us: number) => `${((100 * us) / busy).toFixed(1).padStart(5)} %`;
  const span = window ? `measured phase only (${((window[1] - window[0]) / 1e6).toFixed(1)} s of the ${((p.endTime - p.startTime) / 1e6).toFixed(1)} s profiled)` : 'whole run';
  const out = [`profile ${file}`, `${span}: ${(total / 1e6).toFixed(1)} s sampled, ${(busy / 1e6).toFixed(1)} s not idle (shares below are of that)`];
  out.push('self time by package / file:');
  for (const [b, us] of [...buckets].sort((a, b) => b[1] - a[1]).slice(0, top)) out.push(`  ${pct(us)}  ${b}`);
  out.push('hottest functions (self time):');
  for (const [f, us] of [...fns].sort((a, b) => b[1] - a[1]).slice(0, top)) out.push(`  ${pct(us)}  ${f}`);
  return out;
}

if (require.main === module) {
  const f = process.argv[2];
  if (!f) {
    console.error('usage: node dist/bench/submit/cpu-profile.js <file.cpuprofile>');
    process.exit(1);
  }
  for (const l of summarise(f, Number(process.argv[3] ?? 25))) console.log(l);
}

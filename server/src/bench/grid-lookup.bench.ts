/**
 * Grid lookup benchmark: build a GridIndex over 100,000 generated grids, then time
 * 1,000,000 point lookups against a naive scan of every bbox + polygon.
 *
 *   node dist/bench/grid-lookup.bench.js
 *   npx ts-node --transpile-only src/bench/grid-lookup.bench.ts
 *
 * Env: BENCH_GRIDS (default 100000), BENCH_POINTS (default 1000000).
 */
import * as os from 'os';
import { performance } from 'perf_hooks';
import { BBox, bbox, pointInPolygon } from '../modules/region/geo';
import { GridIndex } from '../modules/region/grid-index';
import { BenchGrid, createRng, generateGrids } from '../modules/region/demo-geography';

const N_GRIDS = Number(process.env.BENCH_GRIDS ?? 100000);
const N_POINTS = Number(process.env.BENCH_POINTS ?? 1000000);
const BATCH = 1000; // per-lookup latency is estimated from batch times: one lookup is too short to time alone
const SCAN_SAMPLE = 200; // the naive scan is ~100,000× slower per point, so a small sample suffices
const TARGET = 200000;

const fmt = (n: number, digits = 0): string => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const line = (label: string, value: string): void => console.log(`${label.padEnd(38)} ${value}`);

function timed<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const v = fn();
  return [v, performance.now() - t0];
}

/** Random points over the extent grown by 2% per side, so some lookups miss. */
function randomPoints(n: number, ext: BBox, seed: number): Float64Array {
  const rand = createRng(seed);
  const mx = (ext[2] - ext[0]) * 0.02, my = (ext[3] - ext[1]) * 0.02;
  const xy = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) {
    xy[2 * i] = ext[0] - mx + rand() * (ext[2] - ext[0] + 2 * mx);
    xy[2 * i + 1] = ext[1] - my + rand() * (ext[3] - ext[1] + 2 * my);
  }
  return xy;
}

/** The baseline: what a lookup costs without an index (bbox reject, then exact test). */
function naiveLocate(grids: BenchGrid[], boxes: BBox[], x: number, y: number): number | null {
  for (let i = 0; i < grids.length; i++) {
    const b = boxes[i];
    if (x < b[0] || y < b[1] || x > b[2] || y > b[3]) continue;
    if (pointInPolygon(x, y, grids[i].boundary)) return grids[i].id;
  }
  return null;
}

function main(): void {
  const cpu = os.cpus();
  console.log('Grid lookup benchmark');
  line('node / cpu', `${process.version} / ${cpu.length} × ${cpu[0]?.model ?? 'unknown'}`);

  const [grids, genMs] = timed(() => generateGrids(N_GRIDS));
  line('grids generated', `${fmt(grids.length)} in ${fmt(genMs)} ms`);

  // Build three times: the first includes JIT warm-up, the best shows the steady cost.
  const builds: number[] = [];
  let index!: GridIndex;
  for (let k = 0; k < 3; k++) {
    const [idx, ms] = timed(() => new GridIndex(grids));
    index = idx;
    builds.push(ms);
  }
  const s = index.stats();
  line('index build', `${fmt(builds[0])} ms first, ${fmt(Math.min(...builds))} ms best of 3`);
  line('buckets', `${fmt(s.cols)} × ${fmt(s.rows)} cells, ${fmt(s.entries / s.grids, 2)} cells per grid`);

  const ext = index.extent!;
  const pts = randomPoints(N_POINTS, ext, 7);

  // Warm-up so the timed run measures optimised code.
  for (let i = 0; i < Math.min(N_POINTS, 100000); i++) index.locate(pts[2 * i], pts[2 * i + 1]);

  const batches = Math.ceil(N_POINTS / BATCH);
  const batchMs = new Float64Array(batches);
  let hits = 0, checksum = 0;
  for (let b = 0; b < batches; b++) {
    const end = Math.min(N_POINTS, (b + 1) * BATCH);
    const t0 = performance.now();
    for (let i = b * BATCH; i < end; i++) {
      const id = index.locate(pts[2 * i], pts[2 * i + 1]);
      if (id !== null) { hits++; checksum += id; }
    }
    batchMs[b] = performance.now() - t0;
  }
  const totalMs = batchMs.reduce((a, v) => a + v, 0);
  const perSec = N_POINTS / (totalMs / 1000);
  const sorted = Float64Array.from(batchMs).sort();
  const usPerLookup = (q: number): number => (sorted[Math.min(batches - 1, Math.floor(q * batches))] * 1000) / BATCH;
  line('indexed lookups', `${fmt(N_POINTS)} in ${fmt(totalMs)} ms`);
  line('indexed lookups / s', `${fmt(perSec)}  (target ${fmt(TARGET)}: ${perSec >= TARGET ? 'met' : 'NOT met'})`);
  line('hit rate', `${fmt((100 * hits) / N_POINTS, 2)} %  (checksum ${checksum})`);
  line(`per lookup, from ${BATCH}-lookup batches`, `p50 ${fmt(usPerLookup(0.5), 2)} µs, p99 ${fmt(usPerLookup(0.99), 2)} µs, max ${fmt(usPerLookup(1), 2)} µs`);

  // Naive baseline on a sample; also checks both give the same answers.
  const boxes = grids.map((g) => bbox(g.boundary)!);
  const sample = Math.min(SCAN_SAMPLE, N_POINTS);
  let mismatches = 0;
  const [, scanMs] = timed(() => {
    for (let i = 0; i < sample; i++)
      if (naiveLocate(grids, boxes, pts[2 * i], pts[2 * i + 1]) !== index.locate(pts[2 * i], pts[2 * i + 1])) mismatches++;
  });
  const scanPerSec = sample / (scanMs / 1000);
  line('naive scan lookups / s', `${fmt(scanPerSec, 1)}  (${fmt(sample)}-point sample, ${mismatches} disagreements)`);
  line('index speed-up over scan', `${fmt(perSec / scanPerSec)} ×`);

  // nearest() for points just outside the covered area (up to ~2 km past the border).
  const rand = createRng(9);
  const nNear = 20000;
  let found = 0;
  const [, nearMs] = timed(() => {
    for (let i = 0; i < nNear; i++) {
      const t = rand(), off = rand() * 0.02, side = i % 4;
      const x = side === 0 ? ext[0] - off : side === 1 ? ext[2] + off : ext[0] + t * (ext[2] - ext[0]);
      const y = side === 2 ? ext[1] - off : side === 3 ? ext[3] + off : ext[1] + t * (ext[3] - ext[1]);
      if (index.nearest(x, y, 3000) !== null) found++;
    }
  });
  line('nearest (outside, max 3 km) / s', `${fmt(nNear / (nearMs / 1000))}  (${fmt((100 * found) / nNear, 1)} % found)`);
  line('heap used', `${fmt(process.memoryUsage().heapUsed / 1048576, 1)} MiB`);
}

main();

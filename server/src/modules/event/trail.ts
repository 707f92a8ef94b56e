import { createHash } from 'crypto';

/** The facts of one trail step that its hash covers. */
export interface TrailFacts {
  eventId: number;
  seq: number;
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  actorId: number | null;
  actorRole: string;
  note: string;
  visibility: string;
  photos: number[] | null;
  detail: Record<string, unknown> | null;
  createdAt: Date;
  prevHash: string;
}

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with sorted keys, so the same facts always hash the same whatever order a driver returns. */
function canonical(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v ?? null);
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o).sort().map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`).join(',')}}`;
}

export function trailHash(f: TrailFacts): string {
  // exactly the facts, whatever else the row object carries (id, hash)
  const body = canonical({
    eventId: f.eventId, seq: f.seq, action: f.action, fromStatus: f.fromStatus, toStatus: f.toStatus, actorId: f.actorId,
    actorRole: f.actorRole, note: f.note, visibility: f.visibility, photos: f.photos, detail: f.detail,
    createdAt: new Date(f.createdAt).toISOString(), prevHash: f.prevHash,
  });
  return createHash('sha256').update(body).digest('hex');
}

/** Trail times are whole seconds: every database keeps them exactly, so hashes stay verifiable. */
export function trailTime(now = Date.now()): Date {
  return new Date(Math.floor(now / 1000) * 1000);
}

export type TrailCheck = { ok: true; length: number } | { ok: false; length: number; brokenAt: number; reason: string };

/** Walks the chain in seq order: every row must hash to its stored hash and point at its predecessor. */
export function verifyTrail(rows: (TrailFacts & { hash: string })[]): TrailCheck {
  let prev = GENESIS_HASH;
  for (const [i, r] of rows.entries()) {
    if (r.seq !== i + 1) return { ok: false, length: rows.length, brokenAt: i + 1, reason: `第${i + 1}步缺失或顺序被改动` };
    if (r.prevHash !== prev) return { ok: false, length: rows.length, brokenAt: r.seq, reason: `第${r.seq}步与前一步的链接不符` };
    if (trailHash(r) !== r.hash) return { ok: false, length: rows.length, brokenAt: r.seq, reason: `第${r.seq}步内容被改动` };
    prev = r.hash;
  }
  return { ok: true, length: rows.length };
}

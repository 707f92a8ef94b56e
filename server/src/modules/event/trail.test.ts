import { GENESIS_HASH, trailHash, TrailFacts, trailTime, verifyTrail } from './trail';

function chain(n: number) {
  const rows: (TrailFacts & { hash: string })[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const f: TrailFacts = {
      eventId: 7, seq, action: seq === 1 ? 'submit' : 'note', fromStatus: null, toStatus: seq === 1 ? 'submitted' : null,
      actorId: 3, actorRole: 'resident', note: `第${seq}条`, visibility: 'public', photos: seq === 1 ? [1, 2] : null,
      detail: { b: 1, a: [seq] }, createdAt: trailTime(1_800_000_000_000 + seq * 1000), prevHash: prev,
    };
    const hash = trailHash(f);
    rows.push({ ...f, hash });
    prev = hash;
  }
  return rows;
}

describe('tamper-evident trail', () => {
  it('verifies an intact chain', () => {
    expect(verifyTrail(chain(5))).toEqual({ ok: true, length: 5 });
  });

  it('finds an edited note, an edited time, a deleted row and a reordered chain', () => {
    const edited = chain(5);
    edited[2].note = '改过的内容';
    expect(verifyTrail(edited)).toMatchObject({ ok: false, brokenAt: 3 });

    const retimed = chain(5);
    retimed[1].createdAt = new Date(retimed[1].createdAt.getTime() + 1000);
    expect(verifyTrail(retimed)).toMatchObject({ ok: false, brokenAt: 2 });

    const deleted = chain(5);
    deleted.splice(3, 1);
    expect(verifyTrail(deleted)).toMatchObject({ ok: false, brokenAt: 4 });

    const rehashed = chain(5);
    rehashed[2].note = 'x';
    rehashed[2].hash = trailHash(rehashed[2]); // recomputing one hash does not help: the next row points at the old one
    expect(verifyTrail(rehashed)).toMatchObject({ ok: false, brokenAt: 4 });
  });

  it('hashes the same facts the same regardless of key order', () => {
    const [r] = chain(1);
    expect(trailHash({ ...r, detail: { a: [1], b: 1 } })).toBe(r.hash);
  });
});

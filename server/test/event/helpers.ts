import { randomUUID } from 'crypto';
import { makeJpeg, uploadPhoto } from '../media/helpers';
import { client, DEMO_PASSWORD, startApp } from '../app';
import { Region } from '../../src/modules/region/region.entity';
import { GridStaff } from '../../src/modules/region/grid-staff.entity';
import { Account } from '../../src/modules/account/account.entity';

export type T = Awaited<ReturnType<typeof startApp>>;

export const newKey = () => randomUUID();

/** Logs people in the way the apps do: staff by password, residents and workers through WeChat (sandbox). */
export function people(t: T) {
  const call = client(t.base);
  return {
    call,
    async staff(username: string) {
      const r = await call('POST', '/api/admin/auth/login', { body: { username, password: DEMO_PASSWORD } });
      if (!r.success) throw new Error(`login ${username}: ${r.errorMessage}`);
      return r.data.token as string;
    },
    /** POST /api/events as the mini-program does: with an Idempotency-Key (a fresh one unless given; null = none). */
    report(token: string, body: Record<string, unknown>, key: string | null = newKey()) {
      return call('POST', '/api/events', { token, body, headers: key ? { 'idempotency-key': key } : {} });
    },
    async wechat(openid: string) {
      const r = await call('POST', '/api/auth/wechat-login', { body: { code: `demo:${openid}` } });
      if (!r.success) throw new Error(`wechat login ${openid}: ${r.errorMessage}`);
      return r.data.token as string;
    },
  };
}

/** A demo grid of community n (1-based) with its centre and the WeChat openid of its full-time worker. */
export async function gridOf(t: T, communityNo: number, gridNo = 1) {
  const repo = t.db.getRepository(Region);
  const communities = await repo.find({ where: { level: 'community' }, order: { sort: 'ASC' } });
  const c = communities[communityNo - 1];
  const g = await repo.findOneByOrFail({ parentId: c.id, name: `${c.name}第${gridNo}网格` });
  const link = await t.db.getRepository(GridStaff).findOneByOrFail({ gridId: g.id, role: 'worker' });
  const worker = await t.db.getRepository(Account).findOneByOrFail({ id: link.accountId });
  return { grid: g, community: c, lng: g.centerLng!, lat: g.centerLat!, workerOpenid: worker.openid!, workerId: worker.id };
}


/** Uploads a real photo as this user (through the media API) and returns its id, for reports and handling. */
export async function photo(t: T, token: string): Promise<number> {
  const r = await uploadPhoto(t.base, token, await makeJpeg());
  if (!r.success) throw new Error(`upload: ${r.errorMessage}`);
  return r.data.id;
}

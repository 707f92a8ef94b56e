import { gridOf, people, T } from '../event/helpers';

/** A survey with one question of each type; q3 is the free-text one. */
export function surveyBody(regionIds: number[], over: Record<string, unknown> = {}) {
  return {
    title: '小区环境满意度调查',
    description: '请根据您的实际感受填写',
    regionIds,
    anonymous: false,
    resultsPublic: true,
    questions: [
      { type: 'single', title: '您对小区环境满意吗', required: true, options: ['满意', '一般', '不满意'] },
      { type: 'multiple', title: '您希望增加哪些设施', options: ['健身器材', '充电桩', '快递柜'] },
      { type: 'text', title: '其他建议' },
      { type: 'rating', title: '物业服务评分', required: true },
      { type: 'number', title: '家庭常住人口', min: 1, max: 20 },
      { type: 'date', title: '方便上门走访的日期' },
    ],
    ...over,
  };
}

export const GOOD_ANSWERS = { q1: 'o1', q2: ['o1', 'o3'], q3: '希望多种一些树', q4: 5, q5: 3, q6: '2026-06-01' };

/** Survey API calls of the console and the mini-program, and residents who live in a given community. */
export function surveys(t: T) {
  const p = people(t);
  return {
    ...p,
    /** Logs a resident in and files a report in community n: the rule that makes it their community. */
    async residentOf(openid: string, communityNo: number) {
      const token = await p.wechat(openid);
      const g = await gridOf(t, communityNo, 14); // a grid the other test files leave alone
      const r = await p.report(token, { categoryCode: 'ENV_GARBAGE', description: '楼道堆放杂物无人清理', lng: g.lng, lat: g.lat });
      if (r.status !== 201) throw new Error(`report: ${r.errorMessage}`);
      return token;
    },
    async communityId(n: number) {
      return (await gridOf(t, n)).community.id;
    },
    /** Creates a survey (201) and publishes it unless told not to; returns its id. */
    async published(staff: string, body: Record<string, unknown>, publish = true): Promise<number> {
      const r = await p.call('POST', '/api/admin/surveys', { token: staff, body });
      if (r.status !== 201) throw new Error(`create: ${r.status} ${r.errorField} ${r.errorMessage}`);
      if (publish) {
        const pub = await p.call('POST', `/api/admin/surveys/${r.data.id}/publish`, { token: staff });
        if (pub.status !== 200) throw new Error(`publish: ${pub.errorMessage}`);
      }
      return r.data.id;
    },
    answer(token: string, id: number, answers: unknown) {
      return p.call('POST', `/api/surveys/${id}/responses`, { token, body: { answers } });
    },
  };
}

import { useApp } from '../app';
import { surveyBody, surveys } from './helpers';
import { Region } from '../../src/modules/region/region.entity';

/** Building surveys in the console: permissions, checks, the draft → published → closed life, copy, scope. */
describe('surveys: building in the console', () => {
  const t = useApp();
  let s: ReturnType<typeof surveys>;
  let community1: string;
  let c1: number;
  beforeAll(async () => {
    s = surveys(t);
    community1 = await s.staff('community1');
    c1 = await s.communityId(1);
  });
  const post = (token: string, path: string, body?: unknown) => s.call('POST', `/api/admin/surveys${path}`, { token, body });

  describe('denied', () => {
    it('needs a staff login holding survey permissions', async () => {
      expect((await s.call('GET', '/api/admin/surveys')).status).toBe(401);
      const resident = await s.wechat('demo-resident-6');
      expect(await s.call('GET', '/api/admin/surveys', { token: resident })).toMatchObject({ status: 403, errorCode: 'FORBIDDEN' });
      const worker = await s.staff('grid001');
      expect((await s.call('GET', '/api/admin/surveys', { token: worker })).status).toBe(403);
      expect((await post(worker, '', surveyBody([c1]))).status).toBe(403);
    });

    it('refuses a bad survey naming the field', async () => {
      const bad = async (over: Record<string, unknown>) => post(community1, '', surveyBody([c1], over));
      expect(await bad({ title: '' })).toMatchObject({ status: 422, errorField: 'title', errorMessage: '标题不能为空' });
      expect(await bad({ questions: [] })).toMatchObject({ status: 422, errorField: 'questions', errorMessage: '问卷至少需要一道题' });
      expect(await bad({ questions: [{ type: 'single', title: '只有一个选项', options: ['是'] }] }))
        .toMatchObject({ status: 422, errorField: 'questions.0.options', errorMessage: '第 1 题至少需要 2 个选项' });
      expect(await bad({ questions: [{ type: 'text', title: '甲' }, { type: 'multiple', title: '乙', options: ['a', 'a'] }] }))
        .toMatchObject({ status: 422, errorField: 'questions.1.options.1' });
      expect(await bad({ questions: [{ type: 'essay', title: '甲' }] })).toMatchObject({ status: 422, errorField: 'questions.0.type' });
      expect(await bad({ startsAt: '2030-05-02T00:00:00Z', endsAt: '2030-05-01T00:00:00Z' })).toMatchObject({ status: 422, errorField: 'endsAt' });
      expect(await bad({ regionIds: [] })).toMatchObject({ status: 422, errorField: 'regionIds' });
      expect(await bad({ owner: 1 })).toMatchObject({ status: 422, errorField: 'owner' });
    });

    it('only targets regions inside the builder\'s scope, community or above', async () => {
      const c3 = await s.communityId(3);
      expect(await post(community1, '', surveyBody([c1, c3]))).toMatchObject({ status: 422, errorField: 'regionIds.1', errorMessage: '目标区域不存在或不在您的管辖范围内' });
      const grid = await t.db.getRepository(Region).findOneByOrFail({ parentId: c1, level: 'grid' });
      expect(await post(community1, '', surveyBody([grid.id]))).toMatchObject({ status: 422, errorField: 'regionIds.0' });
      expect(await post(community1, '', surveyBody([999999]))).toMatchObject({ status: 422, errorField: 'regionIds.0' });
    });
  });

  it('builds a draft with ids by position, edits it, publishes, closes, and refuses steps out of order', async () => {
    const created = await post(community1, '', surveyBody([c1], { anonymous: true }));
    expect(created.status).toBe(201);
    const id = created.data.id;
    expect(created.data).toMatchObject({
      status: 'draft', statusLabel: '草稿', state: 'draft', anonymous: true, resultsPublic: true, responses: 0, questionCount: 6,
      targets: [{ id: c1, level: 'community' }], owner: { id: c1 },
    });
    expect(created.data.questions.map((q: { id: string }) => q.id)).toEqual(['q1', 'q2', 'q3', 'q4', 'q5', 'q6']);
    expect(created.data.questions[0].options).toEqual([{ id: 'o1', label: '满意' }, { id: 'o2', label: '一般' }, { id: 'o3', label: '不满意' }]);

    // a draft is edited freely: reorder options, change the flags and the window
    const edited = surveyBody([c1], {
      title: '环境满意度（修订）', anonymous: false, endsAt: '2099-01-01T00:00:00.000Z',
      questions: [{ type: 'single', title: '您对小区环境满意吗', required: true, options: ['不满意', '一般', '满意'] }],
    });
    const put = await s.call('PUT', `/api/admin/surveys/${id}`, { token: community1, body: edited });
    expect(put).toMatchObject({ status: 200, data: { title: '环境满意度（修订）', anonymous: false, endsAt: '2099-01-01T00:00:00.000Z', questionCount: 1 } });
    expect(put.data.questions[0].options.map((o: { label: string }) => o.label)).toEqual(['不满意', '一般', '满意']);

    const pub = await post(community1, `/${id}/publish`);
    expect(pub.data).toMatchObject({ status: 'published', state: 'open', stateLabel: '进行中' });
    expect(pub.data.publishedAt).toBeTruthy();
    expect(await post(community1, `/${id}/publish`)).toMatchObject({ status: 409, errorCode: 'INVALID_TRANSITION' });
    expect(await s.call('PUT', `/api/admin/surveys/${id}`, { token: community1, body: edited })).toMatchObject({ status: 409, errorCode: 'INVALID_TRANSITION' });
    expect((await s.call('DELETE', `/api/admin/surveys/${id}`, { token: community1 })).status).toBe(409);

    const closed = await post(community1, `/${id}/close`);
    expect(closed.data).toMatchObject({ status: 'closed', state: 'closed', stateLabel: '已结束' });
    expect(await post(community1, `/${id}/close`)).toMatchObject({ status: 409 });
  });

  it('two staff publishing at once: one succeeds, the other gets 409', async () => {
    const id = await s.published(community1, surveyBody([c1]), false);
    const other = await s.staff('street1');
    const [a, b] = await Promise.all([post(community1, `/${id}/publish`), post(other, `/${id}/publish`)]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
  });

  it('does not publish a survey whose end has passed', async () => {
    const id = await s.published(community1, surveyBody([c1], { endsAt: '2020-01-01T00:00:00Z' }), false);
    expect(await post(community1, `/${id}/publish`)).toMatchObject({ status: 422, errorField: 'endsAt' });
  });

  it('copies any survey into a new draft without its time window, and deletes drafts', async () => {
    const id = await s.published(community1, surveyBody([c1], { endsAt: '2099-01-01T00:00:00Z' }));
    const copy = await post(community1, `/${id}/copy`);
    expect(copy.status).toBe(201);
    expect(copy.data).toMatchObject({ status: 'draft', title: '小区环境满意度调查（副本）', endsAt: null, targets: [{ id: c1 }], questionCount: 6 });
    expect(copy.data.id).not.toBe(id);
    expect(await s.call('DELETE', `/api/admin/surveys/${copy.data.id}`, { token: community1 })).toMatchObject({ status: 200, data: { deleted: true } });
    expect((await s.call('GET', `/api/admin/surveys/${copy.data.id}`, { token: community1 })).status).toBe(404);
  });

  describe('scope', () => {
    let id: number;
    beforeAll(async () => {
      id = await s.published(community1, surveyBody([c1], { title: '一社区专属问卷' }));
    });

    it('another community gets 404 on everything and does not see it in its list', async () => {
      const community2 = await s.staff('community2');
      for (const path of ['', '/results', '/results/texts?questionId=q3', '/export']) {
        expect(await s.call('GET', `/api/admin/surveys/${id}${path}`, { token: community2 })).toMatchObject({ status: 404, errorCode: 'NOT_FOUND' });
      }
      for (const action of ['publish', 'close', 'copy']) expect((await post(community2, `/${id}/${action}`)).status).toBe(404);
      expect((await s.call('PUT', `/api/admin/surveys/${id}`, { token: community2, body: surveyBody([await s.communityId(2)]) })).status).toBe(404);
      const list = await s.call('GET', '/api/admin/surveys', { token: community2, query: { pageSize: 100 } });
      expect(list.data.items.map((x: { id: number }) => x.id)).not.toContain(id);
    });

    it('the street above sees it; another street does not', async () => {
      const street1 = await s.staff('street1');
      expect((await s.call('GET', `/api/admin/surveys/${id}`, { token: street1 })).status).toBe(200);
      const street2 = await s.staff('street2');
      expect((await s.call('GET', `/api/admin/surveys/${id}`, { token: street2 })).status).toBe(404);
    });

    it('lists the own surveys with filters and paging', async () => {
      const list = await s.call('GET', '/api/admin/surveys', { token: community1, query: { status: 'published', keyword: '专属', pageSize: 5 } });
      expect(list.data).toMatchObject({ total: 1, page: 1, pageSize: 5 });
      expect(list.data.items[0]).toMatchObject({ id, title: '一社区专属问卷', status: 'published', responses: 0 });
      expect(list.data.items[0]).not.toHaveProperty('questions');
    });
  });
});

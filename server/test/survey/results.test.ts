import { useApp } from '../app';
import { surveyBody, surveys } from './helpers';
import { readXlsx } from '../../src/common/xlsx';
import { WechatClient } from '../../src/modules/wechat/wechat.client';

/** Results: counts and shares, averages, number and date figures, free text by page, Excel, public results. */
describe('surveys: results', () => {
  const t = useApp();
  let s: ReturnType<typeof surveys>;
  let community1: string;
  let id: number;
  let alice: string;
  let bob: string;
  beforeAll(async () => {
    s = surveys(t);
    community1 = await s.staff('community1');
    id = await s.published(community1, surveyBody([await s.communityId(1)], { title: '结果统计问卷' }));
    alice = await s.residentOf('demo-resident-6', 1);
    bob = await s.residentOf('demo-resident-7', 1);
    const a = await s.answer(alice, id, { q1: 'o1', q2: ['o1', 'o2'], q3: '希望多种一些树', q4: 5, q5: 2, q6: '2026-06-01' });
    const b = await s.answer(bob, id, { q1: 'o1', q2: ['o2'], q3: '垃圾分类点太远', q4: 2, q5: 5, q6: '2026-05-20' });
    if (a.status !== 201 || b.status !== 201) throw new Error(`answers: ${a.errorMessage} ${b.errorMessage}`);
  });
  const get = (path: string, query?: Record<string, unknown>, token = community1) => s.call('GET', `/api/admin/surveys/${id}${path}`, { token, query });

  it('counts each option with its share, averages ratings, sums up numbers and dates', async () => {
    const r = (await get('/results')).data;
    expect(r.responses).toBe(2);
    const [single, multiple, text, rating, number, date] = r.questions;
    expect(single).toMatchObject({ id: 'q1', answered: 2 });
    expect(single.options).toEqual([
      { id: 'o1', label: '满意', count: 2, percent: 100 }, { id: 'o2', label: '一般', count: 0, percent: 0 }, { id: 'o3', label: '不满意', count: 0, percent: 0 },
    ]);
    expect(multiple.options.map((o: { count: number; percent: number }) => [o.count, o.percent])).toEqual([[1, 50], [2, 100], [0, 0]]);
    expect(text).toMatchObject({ type: 'text', answered: 2, pending: 0 });
    expect(rating).toMatchObject({ average: 3.5, answered: 2 });
    expect(rating.options.map((o: { label: string; count: number }) => `${o.label}:${o.count}`)).toEqual(['1 分:0', '2 分:1', '3 分:0', '4 分:0', '5 分:1']);
    expect(number).toMatchObject({ average: 3.5, min: 2, max: 5 });
    expect(date).toMatchObject({ earliest: '2026-05-20', latest: '2026-06-01' });
    expect((await s.call('GET', '/api/admin/surveys', { token: community1, query: { keyword: '结果统计' } })).data.items[0].responses).toBe(2);
  });

  it('lists the free text page by page with the respondent of a named survey', async () => {
    const all = await get('/results/texts', { questionId: 'q3' });
    expect(all.data).toMatchObject({ total: 2, page: 1 });
    expect(all.data.items.map((x: { text: string }) => x.text).sort()).toEqual(['垃圾分类点太远', '希望多种一些树']);
    for (const item of all.data.items) {
      expect(item.pending).toBe(false);
      expect(item.respondent.nickname).toBeTruthy();
      expect(item.submittedAt).toMatch(/Z$/);
    }
    const page2 = await get('/results/texts', { questionId: 'q3', pageSize: 1, page: 2 });
    expect(page2.data.items).toHaveLength(1);
    expect(page2.data.items[0].text).toBe(all.data.items[1].text);
    expect(await get('/results/texts', { questionId: 'q1' })).toMatchObject({ status: 422, errorField: 'questionId' });
    expect(await get('/results/texts', {})).toMatchObject({ status: 422, errorField: 'questionId' });
  });

  it('exports an Excel workbook holding every answer and the summary', async () => {
    const res = await fetch(`${t.base}/api/admin/surveys/${id}/export`, { headers: { authorization: `Bearer ${community1}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('结果统计问卷-问卷结果.xlsx')}`);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const book = readXlsx(Buffer.from(await res.arrayBuffer()));
    expect([...book.keys()]).toEqual(['答卷', '统计']);
    const [header, ...rows] = book.get('答卷')!;
    expect(header).toEqual(['序号', '提交时间', '昵称', '手机号', '1. 您对小区环境满意吗', '2. 您希望增加哪些设施', '3. 其他建议', '4. 物业服务评分', '5. 家庭常住人口', '6. 方便上门走访的日期']);
    expect(rows).toHaveLength(2);
    // in submission order; both may fall in the same second, so compare as a set
    expect(rows.map((r) => r.slice(4)).sort((a, b) => a[2].localeCompare(b[2]))).toEqual([
      ['满意', '充电桩', '垃圾分类点太远', '2', '5', '2026-05-20'],
      ['满意', '健身器材、充电桩', '希望多种一些树', '5', '2', '2026-06-01'],
    ]);
    expect(rows[0][1]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    const summary = book.get('统计')!;
    expect(summary).toContainEqual(['1', '您对小区环境满意吗', '单选题', '满意', '2', '100']);
    expect(summary).toContainEqual(['4', '物业服务评分', '评分题（1–5 分）', '平均值', '3.5']);
  });

  it('an anonymous survey exports no names, times or phones', async () => {
    const anon = await s.published(community1, surveyBody([await s.communityId(1)], { anonymous: true }));
    await s.answer(alice, anon, { q1: 'o2', q4: 3 });
    const res = await fetch(`${t.base}/api/admin/surveys/${anon}/export`, { headers: { authorization: `Bearer ${community1}` } });
    const [header, row] = readXlsx(Buffer.from(await res.arrayBuffer())).get('答卷')!;
    expect(header.slice(0, 2)).toEqual(['序号', '1. 您对小区环境满意吗']);
    expect(row.slice(0, 2)).toEqual(['1', '一般']);
    const texts = await s.call('GET', `/api/admin/surveys/${anon}/results/texts`, { token: community1, query: { questionId: 'q3' } });
    expect(texts.data.total).toBe(0);
  });

  it('keeps text as pending when content security cannot be reached (fails closed)', async () => {
    const wechat = await t.app.getApplicationContext().getAsync(WechatClient);
    const saved = wechat.cfg.apiBase;
    const other = await s.published(community1, surveyBody([await s.communityId(1)]));
    wechat.cfg.apiBase = 'http://127.0.0.1:9'; // nothing listens there
    try {
      expect((await s.answer(bob, other, { q1: 'o1', q3: '路灯坏了很久', q4: 4 })).status).toBe(201);
    } finally {
      wechat.cfg.apiBase = saved;
    }
    const r = await s.call('GET', `/api/admin/surveys/${other}/results`, { token: community1 });
    expect(r.data.questions[2]).toMatchObject({ answered: 1, pending: 1 });
    const texts = await s.call('GET', `/api/admin/surveys/${other}/results/texts`, { token: community1, query: { questionId: 'q3' } });
    expect(texts.data.items[0]).toMatchObject({ text: '路灯坏了很久', pending: true });
  });

  describe('residents and public results', () => {
    it('only after answering (or once ended), and never the texts under review', async () => {
      const carol = await s.residentOf('demo-resident-8', 1);
      expect(await s.call('GET', `/api/surveys/${id}/results`, { token: carol })).toMatchObject({ status: 403, errorMessage: '提交问卷后或问卷结束后可查看结果' });
      const mine = await s.call('GET', `/api/surveys/${id}/results`, { token: alice });
      expect(mine.status).toBe(200);
      expect(mine.data.responses).toBe(2);
      expect(mine.data.questions[0].options[0]).toMatchObject({ label: '满意', count: 2, percent: 100 });
      expect(mine.data.questions[2]).not.toHaveProperty('pending');

      await s.call('POST', `/api/admin/surveys/${id}/close`, { token: community1 });
      expect((await s.call('GET', `/api/surveys/${id}/results`, { token: carol })).status).toBe(200);
    });

    it('not at all when the survey keeps its results to staff', async () => {
      const hidden = await s.published(community1, surveyBody([await s.communityId(1)], { resultsPublic: false }));
      await s.answer(alice, hidden, { q1: 'o1', q4: 4 });
      expect(await s.call('GET', `/api/surveys/${hidden}/results`, { token: alice })).toMatchObject({ status: 403, errorMessage: '该问卷的结果不公开' });
      expect((await s.call('GET', `/api/surveys/${hidden}`, { token: alice })).data).toMatchObject({ answered: true, resultsAvailable: false });
    });

    it('another community\'s staff get 404 on results and export', async () => {
      const community2 = await s.staff('community2');
      expect((await get('/results', undefined, community2)).status).toBe(404);
      const res = await fetch(`${t.base}/api/admin/surveys/${id}/export`, { headers: { authorization: `Bearer ${community2}` } });
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ success: false, errorCode: 'NOT_FOUND' });
    });
  });
});

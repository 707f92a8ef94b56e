import { useApp } from '../app';
import { GOOD_ANSWERS, surveyBody, surveys } from './helpers';
import { Account } from '../../src/modules/account/account.entity';
import { Region } from '../../src/modules/region/region.entity';
import { SurveyAnswer, SurveyParticipation, SurveyResponse } from '../../src/modules/survey/survey-response.entity';

/** Residents answering: who sees what, answer checks, one response per resident, anonymity. */
describe('surveys: residents answering', () => {
  const t = useApp();
  let s: ReturnType<typeof surveys>;
  let community1: string;
  let c1: number;
  let named: number;
  let resident: string; // lives in community 1
  beforeAll(async () => {
    s = surveys(t);
    community1 = await s.staff('community1');
    c1 = await s.communityId(1);
    named = await s.published(community1, surveyBody([c1]));
    resident = await s.residentOf('demo-resident-7', 1);
  });

  describe('denied', () => {
    it('needs a mini-program login', async () => {
      expect((await s.call('GET', '/api/surveys')).status).toBe(401);
      expect((await s.answer(community1, named, GOOD_ANSWERS)).status).toBe(403);
    });

    it('a resident with no located report has no community and sees nothing', async () => {
      const newcomer = await s.wechat('demo-resident-19');
      expect((await s.call('GET', '/api/surveys', { token: newcomer })).data).toMatchObject({ items: [], total: 0, community: null });
      expect((await s.call('GET', `/api/surveys/${named}`, { token: newcomer })).status).toBe(404);
      expect((await s.answer(newcomer, named, GOOD_ANSWERS)).status).toBe(404);
    });

    it('a resident of another street neither lists nor opens it; drafts are nobody\'s', async () => {
      const far = await s.residentOf('demo-resident-8', 5);
      const list = await s.call('GET', '/api/surveys', { token: far });
      expect(list.data.community).toMatchObject({ id: await s.communityId(5) });
      expect(list.data.items.map((x: { id: number }) => x.id)).not.toContain(named);
      expect((await s.call('GET', `/api/surveys/${named}`, { token: far })).status).toBe(404);
      const draft = await s.published(community1, surveyBody([c1]), false);
      expect((await s.call('GET', `/api/surveys/${draft}`, { token: resident })).status).toBe(404);
    });

    it('refuses each kind of bad answer naming the question', async () => {
      const cases: [string, unknown, string, RegExp][] = [
        ['a missing required answer', { ...GOOD_ANSWERS, q1: undefined }, 'answers.q1', /第 1 题“您对小区环境满意吗”为必答题/],
        ['an unknown option', { ...GOOD_ANSWERS, q1: 'o9' }, 'answers.q1', /选项不存在/],
        ['an unknown option among several', { ...GOOD_ANSWERS, q2: ['o1', 'o8'] }, 'answers.q2', /选项不存在/],
        ['a wrong type (list for a single choice)', { ...GOOD_ANSWERS, q1: ['o1'] }, 'answers.q1', /应选择一个选项/],
        ['a wrong type (text for a number)', { ...GOOD_ANSWERS, q5: '三' }, 'answers.q5', /应为数字/],
        ['a rating out of 1–5', { ...GOOD_ANSWERS, q4: 6 }, 'answers.q4', /1–5/],
        ['a number out of range', { ...GOOD_ANSWERS, q5: 21 }, 'answers.q5', /不能大于 20/],
        ['a date that does not exist', { ...GOOD_ANSWERS, q6: '2026-02-30' }, 'answers.q6', /应为日期/],
        ['a question the survey does not have', { ...GOOD_ANSWERS, q7: 'x' }, 'answers.q7', /没有这道题/],
        ['answers that are not an object', ['o1'], 'answers', /不合法|格式/],
      ];
      for (const [name, answers, field, message] of cases) {
        const r = await s.answer(resident, named, answers);
        expect({ name, status: r.status, errorCode: r.errorCode, errorField: r.errorField }).toEqual({ name, status: 422, errorCode: 'VALIDATION_FAILED', errorField: field });
        expect(r.errorMessage).toMatch(message);
      }
      expect(await s.call('POST', `/api/surveys/${named}/responses`, { token: resident, body: {} })).toMatchObject({ status: 422, errorField: 'answers' });
    });

    it('refuses free text that content security calls risky, naming the question', async () => {
      const r = await s.answer(resident, named, { ...GOOD_ANSWERS, q3: '这里有人组织赌博' });
      expect(r).toMatchObject({ status: 422, errorCode: 'CONTENT_REJECTED', errorField: 'answers.q3', errorMessage: '第 3 题的内容包含不当信息，请修改后再提交' });
      // nothing was stored: the resident may still answer
      expect((await s.call('GET', `/api/surveys/${named}`, { token: resident })).data.answered).toBe(false);
    });

    it('does not take answers before the window opens or after closing', async () => {
      const later = await s.published(community1, surveyBody([c1], { startsAt: '2099-01-01T00:00:00Z' }));
      expect(await s.answer(resident, later, GOOD_ANSWERS)).toMatchObject({ status: 409, errorCode: 'SURVEY_NOT_OPEN' });
      const closed = await s.published(community1, surveyBody([c1]));
      await s.call('POST', `/api/admin/surveys/${closed}/close`, { token: community1 });
      expect(await s.answer(resident, closed, GOOD_ANSWERS)).toMatchObject({ status: 409, errorCode: 'SURVEY_NOT_OPEN' });
      const ended = await s.call('GET', '/api/surveys', { token: resident, query: { state: 'ended' } });
      expect(ended.data.items.map((x: { id: number }) => x.id)).toContain(closed);
      expect(ended.data.items.map((x: { id: number }) => x.id)).not.toContain(named);
    });
  });

  it('lists the open surveys of the resident\'s community, also those aimed at the street above', async () => {
    const street1 = await s.staff('street1');
    const street = (await t.db.getRepository(Region).findOneByOrFail({ id: c1 })).parentId!;
    const streetWide = await s.published(street1, surveyBody([street], { title: '街道问卷' }));
    const neighbour = await s.residentOf('demo-resident-10', 2); // community 2 is in street 1 too
    for (const token of [resident, neighbour]) {
      const list = await s.call('GET', '/api/surveys', { token });
      expect(list.data.items.map((x: { id: number }) => x.id)).toContain(streetWide);
    }
    const mine = await s.call('GET', '/api/surveys', { token: resident });
    expect(mine.data.community).toMatchObject({ id: c1 });
    expect(mine.data.items.find((x: { id: number }) => x.id === named)).toMatchObject({
      title: '小区环境满意度调查', state: 'open', stateLabel: '进行中', answered: false, questionCount: 6, anonymous: false, resultsPublic: true, resultsAvailable: false,
    });
    expect((await s.call('GET', '/api/surveys', { token: neighbour })).data.items.map((x: { id: number }) => x.id)).not.toContain(named);
  });

  it('one response per resident: of 10 simultaneous submissions exactly one is stored', async () => {
    const id = await s.published(community1, surveyBody([c1]));
    const racer = await s.residentOf('demo-resident-20', 1);
    const results = await Promise.all(Array.from({ length: 10 }, () => s.answer(racer, id, GOOD_ANSWERS)));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([201, ...Array(9).fill(409)]);
    for (const r of results.filter((x) => x.status === 409)) expect(r.errorCode).toBe('ALREADY_ANSWERED');
    expect(await t.db.getRepository(SurveyParticipation).countBy({ surveyId: id })).toBe(1);
    expect(await t.db.getRepository(SurveyResponse).countBy({ surveyId: id })).toBe(1);
    expect(await s.answer(racer, id, GOOD_ANSWERS)).toMatchObject({ status: 409, errorCode: 'ALREADY_ANSWERED' });
    // the rule lives in the database, not only in the code path above
    const [taken] = await t.db.getRepository(SurveyParticipation).findBy({ surveyId: id });
    await expect(t.db.getRepository(SurveyParticipation).insert({ participant: taken.participant, surveyId: id })).rejects.toThrow();
  });

  it('a named survey keeps the respondent and shows them their answers', async () => {
    const r = await s.answer(resident, named, { ...GOOD_ANSWERS, q2: ['o3', 'o1'], q3: '  希望多种一些树  ' });
    expect(r).toMatchObject({ status: 201, data: { surveyId: named, answered: true, anonymous: false } });
    const expected = { ...GOOD_ANSWERS, q2: ['o1', 'o3'], q3: '希望多种一些树' };
    expect(r.data.answers).toEqual(expected);
    const detail = await s.call('GET', `/api/surveys/${named}`, { token: resident });
    expect(detail.data).toMatchObject({ answered: true, myAnswers: expected, resultsAvailable: true });
    expect(detail.data.questions).toHaveLength(6);
    const me = await t.db.getRepository(Account).findOneByOrFail({ openid: 'demo-resident-7' });
    const row = await t.db.getRepository(SurveyResponse).findOneByOrFail({ surveyId: named, accountId: me.id });
    expect(row.submittedAt).toBeInstanceOf(Date);
  });

  it('an anonymous survey stores no link from the answers to the person', async () => {
    const id = await s.published(community1, surveyBody([c1], { anonymous: true }));
    const who = await s.residentOf('demo-resident-6', 1);
    const me = await t.db.getRepository(Account).findOneByOrFail({ openid: 'demo-resident-6' });
    const r = await s.answer(who, id, GOOD_ANSWERS);
    expect(r).toMatchObject({ status: 201, data: { anonymous: true, answers: GOOD_ANSWERS } });

    const responses = await t.db.getRepository(SurveyResponse).findBy({ surveyId: id });
    expect(responses).toHaveLength(1);
    expect(responses[0]).toMatchObject({ accountId: null, submittedAt: null });
    expect(responses[0].id).toMatch(/^[0-9a-f]{32}$/);
    const participation = await t.db.getRepository(SurveyParticipation).findBy({ surveyId: id });
    expect(participation).toHaveLength(1);
    expect(participation[0].participant).toMatch(/^[0-9a-f]{64}$/);
    // no column of any row of this survey holds the account id, the openid or a time
    const rows: object[] = [...responses, ...participation, ...(await t.db.getRepository(SurveyAnswer).findBy({ surveyId: id }))];
    for (const row of rows) {
      for (const [column, value] of Object.entries(row)) {
        if (column !== 'surveyId') expect({ column, value }).not.toEqual({ column, value: me.id });
        expect(value).not.toBeInstanceOf(Date);
      }
      expect(JSON.stringify(row)).not.toContain('demo-resident-6');
    }
    // the answers cannot be read back, but the one-response rule still holds
    const detail = await s.call('GET', `/api/surveys/${id}`, { token: who });
    expect(detail.data).toMatchObject({ answered: true, myAnswers: null, anonymous: true });
    expect(await s.answer(who, id, GOOD_ANSWERS)).toMatchObject({ status: 409, errorCode: 'ALREADY_ANSWERED' });
  });
});

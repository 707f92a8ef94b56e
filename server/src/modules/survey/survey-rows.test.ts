import { checkQuestions, SurveyQuestion } from '@linli/config';
import { ancestorPaths, answerCell, answerRows, answersFromRows, buildResults, publicResults, Tallies } from './survey-rows';

const checked = checkQuestions([
  { type: 'single', title: '满意吗', required: true, options: ['满意', '不满意'] },
  { type: 'multiple', title: '设施', options: ['健身器材', '充电桩', '快递柜'] },
  { type: 'text', title: '建议' },
  { type: 'rating', title: '评分' },
  { type: 'number', title: '人口' },
  { type: 'date', title: '日期' },
]);
const Q: SurveyQuestion[] = checked.ok ? checked.value : [];

describe('answer rows', () => {
  const answers = { q1: 'o2', q2: ['o1', 'o3'], q3: '多种树', q4: 4, q5: 3.5, q6: '2026-05-01' };

  it('encodes each kind of answer and decodes it back', () => {
    const rows = answerRows(Q, answers, { q3: 'pass' });
    expect(rows).toEqual([
      { questionId: 'q1', optionId: 'o2', num: null, valueText: null, moderation: null },
      { questionId: 'q2', optionId: 'o1', num: null, valueText: null, moderation: null },
      { questionId: 'q2', optionId: 'o3', num: null, valueText: null, moderation: null },
      { questionId: 'q3', optionId: '', num: null, valueText: '多种树', moderation: 'pass' },
      { questionId: 'q4', optionId: '4', num: 4, valueText: null, moderation: null },
      { questionId: 'q5', optionId: '', num: 3.5, valueText: null, moderation: null },
      { questionId: 'q6', optionId: '', num: null, valueText: '2026-05-01', moderation: null },
    ]);
    expect(answersFromRows(Q, [...rows].reverse())).toEqual(answers);
  });

  it('marks text as pending unless the content check passed it', () => {
    expect(answerRows(Q, { q3: '建议' }, {})[0].moderation).toBe('pending');
  });

  it('writes option labels into spreadsheet cells', () => {
    expect(answerCell(Q[0], 'o2')).toBe('不满意');
    expect(answerCell(Q[1], ['o1', 'o3'])).toBe('健身器材、快递柜');
    expect(answerCell(Q[3], 4)).toBe(4);
    expect(answerCell(Q[2], undefined)).toBeNull();
  });
});

describe('results', () => {
  const t: Tallies = {
    responses: 4,
    answered: new Map([['q1', 4], ['q2', 3], ['q3', 2], ['q4', 3], ['q5', 2]]),
    counts: new Map([['q1/o1', 3], ['q1/o2', 1], ['q2/o1', 3], ['q2/o2', 2], ['q4/5', 2], ['q4/2', 1]]),
    numbers: new Map([['q4', { average: 4, min: 2, max: 5 }], ['q5', { average: 10 / 3, min: 1, max: 6 }]]),
    dates: new Map(),
    pending: new Map([['q3', 1]]),
  };
  const r = buildResults(Q, t);

  it('counts options with shares of those who answered (multiple choice may pass 100%)', () => {
    expect(r.responses).toBe(4);
    expect(r.questions[0].options).toEqual([
      { id: 'o1', label: '满意', count: 3, percent: 75 }, { id: 'o2', label: '不满意', count: 1, percent: 25 },
    ]);
    expect(r.questions[1].options!.map((o) => o.percent)).toEqual([100, 66.7, 0]);
  });

  it('gives ratings a bucket per score and an average; numbers average, min and max', () => {
    expect(r.questions[3].options!.map((o) => [o.label, o.count])).toEqual([['1 分', 0], ['2 分', 1], ['3 分', 0], ['4 分', 0], ['5 分', 2]]);
    expect(r.questions[3].average).toBe(4);
    expect(r.questions[4]).toMatchObject({ average: 3.33, min: 1, max: 6 });
    expect(r.questions[5]).toMatchObject({ answered: 0, earliest: null, latest: null });
  });

  it('shows staff the texts waiting for review, residents not', () => {
    expect(r.questions[2].pending).toBe(1);
    expect(publicResults(r).questions[2]).not.toHaveProperty('pending');
  });

  it('lists the ancestor paths of a region', () => {
    expect(ancestorPaths('/1/2/7/')).toEqual(['/1/', '/1/2/', '/1/2/7/']);
  });
});

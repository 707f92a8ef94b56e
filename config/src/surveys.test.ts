import { checkAnswers, checkQuestions, isCalendarDate, SurveyQuestion, surveyState } from './surveys';

const built = (input: unknown) => {
  const r = checkQuestions(input);
  if (!r.ok) throw new Error(r.problem.message);
  return r.value;
};

const QUESTIONS: SurveyQuestion[] = built([
  { type: 'single', title: '您对小区环境满意吗', required: true, options: ['满意', '一般', '不满意'] },
  { type: 'multiple', title: '您希望增加哪些设施', options: ['健身器材', '充电桩', '快递柜'] },
  { type: 'text', title: '其他建议' },
  { type: 'rating', title: '物业服务评分', required: true },
  { type: 'number', title: '家庭人口', min: 1, max: 20 },
  { type: 'date', title: '方便上门的日期' },
]);

const problem = (r: { ok: boolean; problem?: unknown }) => (r.ok ? null : r.problem);

describe('building a survey: checkQuestions', () => {
  it('gives questions and options ids by position and keeps their order', () => {
    expect(QUESTIONS.map((q) => q.id)).toEqual(['q1', 'q2', 'q3', 'q4', 'q5', 'q6']);
    expect(QUESTIONS[0].options).toEqual([{ id: 'o1', label: '满意' }, { id: 'o2', label: '一般' }, { id: 'o3', label: '不满意' }]);
    expect(QUESTIONS[1].required).toBe(false);
    expect(QUESTIONS[4]).toMatchObject({ min: 1, max: 20 });
  });

  it.each([
    [[], 'questions', '至少需要一道题'],
    [[{ type: 'single', title: '甲', options: ['a'] }], 'questions.0.options', '至少需要 2 个选项'],
    [[{ type: 'single', title: '甲', options: ['a', ' a '] }], 'questions.0.options.1', '重复'],
    [[{ type: 'multiple', title: '甲', options: ['a', ''] }], 'questions.0.options.1', '不能为空'],
    [[{ type: 'text', title: '甲', options: ['a', 'b'] }], 'questions.0.options', '只有单选题和多选题'],
    [[{ type: 'rating', title: '甲', min: 1 }], 'questions.0.min', '只有数字题'],
    [[{ type: 'number', title: '甲', min: 5, max: 1 }], 'questions.0.max', '不能小于最小值'],
    [[{ type: 'text', title: '甲' }, { type: 'essay', title: '乙' }], 'questions.1.type', '第 2 题的题型不正确'],
    [[{ type: 'text', title: '  ' }], 'questions.0.title', '题目不能为空'],
    [[{ type: 'text', title: '甲', required: 'yes' }], 'questions.0.required', '必答'],
    [[{ type: 'text', title: '甲', hint: 'x' }], 'questions.0.hint', '不允许的字段'],
    [['text'], 'questions.0', '格式不正确'],
  ])('refuses %j naming %s', (input, field, message) => {
    const p = problem(checkQuestions(input));
    expect(p).toMatchObject({ field });
    expect((p as { message: string }).message).toContain(message);
  });
});

describe('answering: checkAnswers', () => {
  const good = { q1: 'o2', q2: ['o3', 'o1'], q3: '  多种点树  ', q4: 4, q5: 3, q6: '2026-05-01' };

  it('accepts good answers, trims text and orders multiple choices as the survey does', () => {
    expect(checkAnswers(QUESTIONS, good)).toEqual({
      ok: true,
      value: { q1: 'o2', q2: ['o1', 'o3'], q3: '多种点树', q4: 4, q5: 3, q6: '2026-05-01' },
    });
  });

  it('leaves out optional questions that are blank', () => {
    expect(checkAnswers(QUESTIONS, { q1: 'o1', q2: [], q3: ' ', q4: 5, q5: null })).toEqual({ ok: true, value: { q1: 'o1', q4: 5 } });
  });

  it.each([
    ['a missing required answer', { q4: 3 }, 'answers.q1', '为必答题'],
    ['a blank required answer', { q1: 'o1', q4: '' }, 'answers.q4', '为必答题'],
    ['an unknown question', { q1: 'o1', q4: 3, q9: 'x' }, 'answers.q9', '没有这道题'],
    ['an unknown option (single)', { q1: 'o9', q4: 3 }, 'answers.q1', '选项不存在'],
    ['an unknown option (multiple)', { q1: 'o1', q2: ['o1', 'o7'], q4: 3 }, 'answers.q2', '选项不存在'],
    ['a repeated option', { q1: 'o1', q2: ['o1', 'o1'], q4: 3 }, 'answers.q2', '重复'],
    ['a list for a single choice', { q1: ['o1'], q4: 3 }, 'answers.q1', '应选择一个选项'],
    ['a string for a multiple choice', { q1: 'o1', q2: 'o1', q4: 3 }, 'answers.q2', '应为选项列表'],
    ['a number for text', { q1: 'o1', q3: 12, q4: 3 }, 'answers.q3', '应为文字'],
    ['text too long', { q1: 'o1', q3: '长'.repeat(501), q4: 3 }, 'answers.q3', '最多 500 个字'],
    ['a rating of 6', { q1: 'o1', q4: 6 }, 'answers.q4', '1–5'],
    ['a rating of 2.5', { q1: 'o1', q4: 2.5 }, 'answers.q4', '1–5'],
    ['a numeric string for a number', { q1: 'o1', q4: 3, q5: '3' }, 'answers.q5', '应为数字'],
    ['a number below the minimum', { q1: 'o1', q4: 3, q5: 0 }, 'answers.q5', '不能小于 1'],
    ['a number above the maximum', { q1: 'o1', q4: 3, q5: 21 }, 'answers.q5', '不能大于 20'],
    ['a day that does not exist', { q1: 'o1', q4: 3, q6: '2026-02-30' }, 'answers.q6', '应为日期'],
    ['not an object', ['o1'], 'answers', '答案格式不正确'],
  ])('refuses %s', (_name, answers, field, message) => {
    const p = problem(checkAnswers(QUESTIONS, answers));
    expect(p).toMatchObject({ field });
    expect((p as { message: string }).message).toContain(message);
  });
});

describe('survey state', () => {
  const now = new Date('2026-05-10T00:00:00Z');
  it('combines status and time window', () => {
    expect(surveyState({ status: 'draft' }, now)).toBe('draft');
    expect(surveyState({ status: 'closed' }, now)).toBe('closed');
    expect(surveyState({ status: 'published' }, now)).toBe('open');
    expect(surveyState({ status: 'published', startsAt: '2026-05-11T00:00:00Z' }, now)).toBe('scheduled');
    expect(surveyState({ status: 'published', endsAt: '2026-05-10T00:00:00Z' }, now)).toBe('ended');
    expect(surveyState({ status: 'published', startsAt: '2026-05-01T00:00:00Z', endsAt: '2026-06-01T00:00:00Z' }, now)).toBe('open');
  });

  it('knows calendar days', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-5-1')).toBe(false);
  });
});

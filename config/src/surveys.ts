/**
 * Surveys (问卷调查): question types, the rules a survey definition and a resident's answers must meet,
 * and the shapes of results. Pure functions, shared by the server (which enforces them), the console
 * (which checks a survey before saving it) and the mini-program (which checks answers before sending).
 */

export const QUESTION_TYPES = ['single', 'multiple', 'text', 'rating', 'number', 'date'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const QUESTION_TYPE_LABELS: Record<QuestionType, string> = {
  single: '单选题',
  multiple: '多选题',
  text: '文本题',
  rating: '评分题（1–5 分）',
  number: '数字题',
  date: '日期题',
};

export const SURVEY_LIMITS = {
  questions: 50,
  options: 20,
  title: 100,
  description: 1000,
  questionTitle: 200,
  optionLabel: 100,
  /** Characters of one free-text answer. */
  text: 500,
  /** Bound of number answers and limits, so every value fits a double exactly enough to count. */
  number: 1e12,
} as const;

export interface SurveyOption {
  id: string;
  label: string;
}

/** A question as stored: ids are given by position (q1, q2 …; o1, o2 …) when a draft is saved. */
export interface SurveyQuestion {
  id: string;
  type: QuestionType;
  title: string;
  required: boolean;
  /** single and multiple only, in the order residents see them. */
  options?: SurveyOption[];
  /** number only: allowed range, each end optional. */
  min?: number;
  max?: number;
}

/** A question as the console sends it: options are plain labels in display order. */
export interface SurveyQuestionInput {
  type: QuestionType;
  title: string;
  required?: boolean;
  options?: string[];
  min?: number | null;
  max?: number | null;
}

/** single: option id; multiple: option ids; text and date ('YYYY-MM-DD'): string; rating and number: number. */
export type AnswerValue = string | string[] | number;
export type SurveyAnswers = Record<string, AnswerValue>;

/** A rule broken: the request field (e.g. "answers.q3", "questions.2.options") and a Chinese message. */
export interface Problem {
  field: string;
  message: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: Problem };

export const SURVEY_STATUSES = ['draft', 'published', 'closed'] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];

export const SURVEY_STATUS_LABELS: Record<SurveyStatus, string> = { draft: '草稿', published: '已发布', closed: '已结束' };

/** What a survey is now: its status combined with the time window. */
export type SurveyState = 'draft' | 'scheduled' | 'open' | 'ended' | 'closed';

export const SURVEY_STATE_LABELS: Record<SurveyState, string> = {
  draft: '草稿',
  scheduled: '未开始',
  open: '进行中',
  ended: '已截止',
  closed: '已结束',
};

type When = Date | string | null | undefined;
const time = (w: When) => (w ? new Date(w).getTime() : null);

export function surveyState(s: { status: SurveyStatus; startsAt?: When; endsAt?: When }, now: Date = new Date()): SurveyState {
  if (s.status !== 'published') return s.status;
  const start = time(s.startsAt);
  const end = time(s.endsAt);
  if (start !== null && now.getTime() < start) return 'scheduled';
  if (end !== null && now.getTime() >= end) return 'ended';
  return 'open';
}

const QUESTION_KEYS = new Set(['type', 'title', 'required', 'options', 'min', 'max']);
const isChoice = (t: QuestionType) => t === 'single' || t === 'multiple';
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const fail = <T>(field: string, message: string): Checked<T> => ({ ok: false, problem: { field, message } });
const inRange = (n: number) => Number.isFinite(n) && Math.abs(n) <= SURVEY_LIMITS.number;

/** Checks the questions of a survey being built and gives them ids by position. */
export function checkQuestions(input: unknown): Checked<SurveyQuestion[]> {
  if (!Array.isArray(input) || input.length === 0) return fail('questions', '问卷至少需要一道题');
  if (input.length > SURVEY_LIMITS.questions) return fail('questions', `问卷最多 ${SURVEY_LIMITS.questions} 道题`);
  const out: SurveyQuestion[] = [];
  for (let i = 0; i < input.length; i++) {
    const q = checkQuestion(input[i], i);
    if (!q.ok) return q;
    out.push(q.value);
  }
  return { ok: true, value: out };
}

function checkQuestion(raw: unknown, i: number): Checked<SurveyQuestion> {
  const at = `questions.${i}`;
  const n = `第 ${i + 1} 题`;
  if (!isObject(raw)) return fail(at, `${n}格式不正确`);
  const stray = Object.keys(raw).find((k) => !QUESTION_KEYS.has(k));
  if (stray) return fail(`${at}.${stray}`, `${n}包含不允许的字段：${stray}`);
  const type = raw.type as QuestionType;
  if (!QUESTION_TYPES.includes(type)) return fail(`${at}.type`, `${n}的题型不正确`);
  const title = typeof raw.title === 'string' ? raw.title.trim() : '';
  if (!title) return fail(`${at}.title`, `${n}的题目不能为空`);
  if (title.length > SURVEY_LIMITS.questionTitle) return fail(`${at}.title`, `${n}的题目最多 ${SURVEY_LIMITS.questionTitle} 个字`);
  if (raw.required !== undefined && typeof raw.required !== 'boolean') return fail(`${at}.required`, `${n}的“必答”应为是或否`);
  const q: SurveyQuestion = { id: `q${i + 1}`, type, title, required: raw.required === true };

  if (isChoice(type)) {
    const options = checkOptions(raw.options, at, n);
    if (!options.ok) return options;
    q.options = options.value;
  } else if (raw.options !== undefined && raw.options !== null) {
    return fail(`${at}.options`, `${n}：只有单选题和多选题可以设置选项`);
  }

  const has = (k: 'min' | 'max') => raw[k] !== undefined && raw[k] !== null;
  for (const k of ['min', 'max'] as const) {
    if (!has(k)) continue;
    if (type !== 'number') return fail(`${at}.${k}`, `${n}：只有数字题可以设置取值范围`);
    if (typeof raw[k] !== 'number' || !inRange(raw[k] as number)) return fail(`${at}.${k}`, `${n}的取值范围应为数字`);
    q[k] = raw[k] as number;
  }
  if (q.min !== undefined && q.max !== undefined && q.min > q.max) return fail(`${at}.max`, `${n}的最大值不能小于最小值`);
  return { ok: true, value: q };
}

function checkOptions(raw: unknown, at: string, n: string): Checked<SurveyOption[]> {
  const field = `${at}.options`;
  if (!Array.isArray(raw) || raw.length < 2) return fail(field, `${n}至少需要 2 个选项`);
  if (raw.length > SURVEY_LIMITS.options) return fail(field, `${n}最多 ${SURVEY_LIMITS.options} 个选项`);
  const seen = new Set<string>();
  const out: SurveyOption[] = [];
  for (let j = 0; j < raw.length; j++) {
    const label = typeof raw[j] === 'string' ? (raw[j] as string).trim() : '';
    if (!label) return fail(`${field}.${j}`, `${n}的第 ${j + 1} 个选项不能为空`);
    if (label.length > SURVEY_LIMITS.optionLabel) return fail(`${field}.${j}`, `${n}的选项最多 ${SURVEY_LIMITS.optionLabel} 个字`);
    if (seen.has(label)) return fail(`${field}.${j}`, `${n}的选项“${label}”重复了`);
    seen.add(label);
    out.push({ id: `o${j + 1}`, label });
  }
  return { ok: true, value: out };
}

const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);

/**
 * Checks a resident's answers against the survey's questions. Unanswered optional questions are left out;
 * text is trimmed. The first broken rule is reported with the field `answers.<question id>`.
 */
export function checkAnswers(questions: SurveyQuestion[], input: unknown): Checked<SurveyAnswers> {
  if (!isObject(input)) return fail('answers', '答案格式不正确');
  const known = new Set(questions.map((q) => q.id));
  const stray = Object.keys(input).find((k) => !known.has(k));
  if (stray) return fail(`answers.${stray}`, `问卷中没有这道题（${stray}）`);
  const out: SurveyAnswers = {};
  for (let i = 0; i < questions.length; i++) {
    const q = questions[i];
    const v = input[q.id];
    const n = `第 ${i + 1} 题`;
    if (blank(v)) {
      if (q.required) return fail(`answers.${q.id}`, `${n}“${q.title}”为必答题`);
      continue;
    }
    const checked = checkAnswer(q, v, n);
    if (!checked.ok) return checked;
    out[q.id] = checked.value;
  }
  return { ok: true, value: out };
}

function checkAnswer(q: SurveyQuestion, v: unknown, n: string): Checked<AnswerValue> {
  const field = `answers.${q.id}`;
  const optionIds = new Set((q.options ?? []).map((o) => o.id));
  switch (q.type) {
    case 'single':
      if (typeof v !== 'string') return fail(field, `${n}应选择一个选项`);
      if (!optionIds.has(v)) return fail(field, `${n}的选项不存在`);
      return { ok: true, value: v };
    case 'multiple': {
      if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) return fail(field, `${n}应为选项列表`);
      const unknown = v.find((x) => !optionIds.has(x));
      if (unknown !== undefined) return fail(field, `${n}的选项不存在`);
      if (new Set(v).size !== v.length) return fail(field, `${n}的选项重复了`);
      // stored in the survey's option order, whatever order the client sent
      return { ok: true, value: (q.options ?? []).map((o) => o.id).filter((id) => v.includes(id)) };
    }
    case 'text': {
      if (typeof v !== 'string') return fail(field, `${n}应为文字`);
      const text = v.trim();
      if (text.length > SURVEY_LIMITS.text) return fail(field, `${n}最多 ${SURVEY_LIMITS.text} 个字`);
      return { ok: true, value: text };
    }
    case 'rating':
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > 5) return fail(field, `${n}应为 1–5 的整数评分`);
      return { ok: true, value: v };
    case 'number':
      if (typeof v !== 'number' || !inRange(v)) return fail(field, `${n}应为数字`);
      if (q.min !== undefined && v < q.min) return fail(field, `${n}不能小于 ${q.min}`);
      if (q.max !== undefined && v > q.max) return fail(field, `${n}不能大于 ${q.max}`);
      return { ok: true, value: v };
    case 'date':
      if (typeof v !== 'string' || !isCalendarDate(v)) return fail(field, `${n}应为日期（年-月-日）`);
      return { ok: true, value: v };
  }
}

/** 'YYYY-MM-DD' naming a day that exists (no 2026-02-30). */
export function isCalendarDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** The option list of a rating question's results: one bucket per score. */
export const RATING_OPTIONS: SurveyOption[] = [1, 2, 3, 4, 5].map((v) => ({ id: String(v), label: `${v} 分` }));

/** One question's results. Which fields are set depends on the type. */
export interface QuestionResult {
  id: string;
  type: QuestionType;
  title: string;
  required: boolean;
  /** Responses that answered this question. */
  answered: number;
  /** single, multiple, rating: count and share of `answered` (multiple-choice shares may add up past 100). */
  options?: { id: string; label: string; count: number; percent: number }[];
  /** rating and number */
  average?: number | null;
  /** number */
  min?: number | null;
  max?: number | null;
  /** date: earliest and latest day given */
  earliest?: string | null;
  latest?: string | null;
  /** text (console only): answers still waiting for content review */
  pending?: number;
}

export interface SurveyResults {
  responses: number;
  questions: QuestionResult[];
}

import { QuestionResult, RATING_OPTIONS, SurveyAnswers, SurveyQuestion, SurveyResults } from '@linli/config';
import type { Moderation, SurveyAnswer } from './survey-response.entity';

type Row = Omit<SurveyAnswer, 'responseId' | 'surveyId'>;

/** Checked answers → answer rows (see SurveyAnswer for the encoding). `moderation` is per text question. */
export function answerRows(questions: SurveyQuestion[], answers: SurveyAnswers, moderation: Record<string, Moderation>): Row[] {
  const rows: Row[] = [];
  const row = (questionId: string, r: Partial<Row>) =>
    rows.push({ questionId, optionId: '', num: null, valueText: null, moderation: null, ...r });
  for (const q of questions) {
    const v = answers[q.id];
    if (v === undefined) continue;
    switch (q.type) {
      case 'single': row(q.id, { optionId: v as string }); break;
      case 'multiple': for (const o of v as string[]) row(q.id, { optionId: o }); break;
      case 'rating': row(q.id, { optionId: String(v), num: v as number }); break;
      case 'number': row(q.id, { num: v as number }); break;
      case 'date': row(q.id, { valueText: v as string }); break;
      case 'text': row(q.id, { valueText: v as string, moderation: moderation[q.id] ?? 'pending' }); break;
    }
  }
  return rows;
}

/** Answer rows of one response → the answers as the resident sent them (after checking). */
export function answersFromRows(questions: SurveyQuestion[], rows: Row[]): SurveyAnswers {
  const out: SurveyAnswers = {};
  for (const q of questions) {
    const mine = rows.filter((r) => r.questionId === q.id);
    if (!mine.length) continue;
    if (q.type === 'multiple') {
      const chosen = new Set(mine.map((r) => r.optionId));
      out[q.id] = (q.options ?? []).map((o) => o.id).filter((id) => chosen.has(id));
    } else if (q.type === 'single') out[q.id] = mine[0].optionId;
    else if (q.type === 'rating' || q.type === 'number') out[q.id] = Number(mine[0].num);
    else out[q.id] = mine[0].valueText ?? '';
  }
  return out;
}

/** One answer as a spreadsheet cell: option labels instead of ids, several joined by "、". */
export function answerCell(q: SurveyQuestion, v: SurveyAnswers[string] | undefined): string | number | null {
  if (v === undefined) return null;
  const label = (id: string) => q.options?.find((o) => o.id === id)?.label ?? id;
  if (q.type === 'single') return label(v as string);
  if (q.type === 'multiple') return (v as string[]).map(label).join('、');
  return v as string | number;
}

/** What the database aggregated for one survey (numbers already converted from driver strings). */
export interface Tallies {
  responses: number;
  /** question → responses answering it */
  answered: Map<string, number>;
  /** `${question}/${option}` → count (single, multiple, rating) */
  counts: Map<string, number>;
  /** number and rating questions */
  numbers: Map<string, { average: number | null; min: number | null; max: number | null }>;
  /** date questions: lexical min/max of 'YYYY-MM-DD' is the calendar order */
  dates: Map<string, { earliest: string | null; latest: string | null }>;
  /** text questions: answers waiting for review */
  pending: Map<string, number>;
}

const percent = (n: number, of: number) => (of ? Math.round((n / of) * 1000) / 10 : 0);
const round2 = (n: number | null | undefined) => (n === null || n === undefined ? null : Math.round(n * 100) / 100);

/** Results per question: counts and shares per option, averages, number stats, date range, pending texts. */
export function buildResults(questions: SurveyQuestion[], t: Tallies): SurveyResults {
  return {
    responses: t.responses,
    questions: questions.map((q): QuestionResult => {
      const answered = t.answered.get(q.id) ?? 0;
      const base: QuestionResult = { id: q.id, type: q.type, title: q.title, required: q.required, answered };
      const options = q.type === 'rating' ? RATING_OPTIONS : q.options;
      if (options) {
        base.options = options.map((o) => {
          const count = t.counts.get(`${q.id}/${o.id}`) ?? 0;
          return { id: o.id, label: o.label, count, percent: percent(count, answered) };
        });
      }
      const n = t.numbers.get(q.id);
      if (q.type === 'rating') base.average = round2(n?.average);
      if (q.type === 'number') Object.assign(base, { average: round2(n?.average), min: n?.min ?? null, max: n?.max ?? null });
      if (q.type === 'date') Object.assign(base, { earliest: null, latest: null, ...t.dates.get(q.id) });
      if (q.type === 'text') base.pending = t.pending.get(q.id) ?? 0;
      return base;
    }),
  };
}

/** What residents may see of public results: the aggregates, nothing about texts awaiting review. */
export function publicResults(r: SurveyResults): SurveyResults {
  return { ...r, questions: r.questions.map(({ pending: _pending, ...q }) => q) };
}

/** "/1/2/7/" → ["/1/", "/1/2/", "/1/2/7/"]: the paths a target must have to contain that region. */
export function ancestorPaths(path: string): string[] {
  const ids = path.split('/').filter(Boolean);
  return ids.map((_, i) => `/${ids.slice(0, i + 1).join('/')}/`);
}

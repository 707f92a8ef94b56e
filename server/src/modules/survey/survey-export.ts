import { QUESTION_TYPE_LABELS, SurveyAnswers, SurveyQuestion, SurveyResults } from '@linli/config';
import type { Cell, Sheet } from '../../common/xlsx';
import { answerCell } from './survey-rows';
import { localDateTime } from '../stats/stats-period';

export interface ExportedResponse {
  answers: SurveyAnswers;
  /** Named surveys only. */
  respondent?: { submittedAt: Date | null; nickname: string; phoneMasked: string | null };
}


/** Sheet "答卷": one row per response, one column per question (options by label). */
export function responsesSheet(questions: SurveyQuestion[], anonymous: boolean, responses: ExportedResponse[]): Sheet {
  const who = anonymous ? [] : ['提交时间', '昵称', '手机号'];
  const header: Cell[] = ['序号', ...who, ...questions.map((q, i) => `${i + 1}. ${q.title}`)];
  const rows = responses.map((r, i): Cell[] => [
    i + 1,
    ...(anonymous ? [] : [(r.respondent?.submittedAt ? localDateTime(r.respondent.submittedAt) : ''), r.respondent?.nickname ?? '', r.respondent?.phoneMasked ?? '']),
    ...questions.map((q) => answerCell(q, r.answers[q.id])),
  ]);
  return { name: '答卷', rows: [header, ...rows], widths: [6, ...who.map(() => 16), ...questions.map(() => 24)] };
}

/** Sheet "统计": per question the number answering, then each option's count and share, or the figures. */
export function summarySheet(r: SurveyResults): Sheet {
  const rows: Cell[][] = [['题号', '题目', '题型', '项目', '人数/数值', '比例（%）'], ['', '答卷总数', '', '', r.responses, '']];
  r.questions.forEach((q, i) => {
    const line = (item: string, value: Cell, share: Cell = '') => rows.push([i + 1, q.title, QUESTION_TYPE_LABELS[q.type], item, value, share]);
    line('作答人数', q.answered);
    for (const o of q.options ?? []) line(o.label, o.count, o.percent);
    if (q.average !== undefined) line('平均值', q.average);
    if (q.type === 'number') {
      line('最小值', q.min ?? null);
      line('最大值', q.max ?? null);
    }
    if (q.type === 'date') {
      line('最早', q.earliest ?? null);
      line('最晚', q.latest ?? null);
    }
  });
  return { name: '统计', rows, widths: [6, 30, 14, 20, 12, 10] };
}

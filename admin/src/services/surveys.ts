import type {
  Page, RegionLevel, SurveyQuestion, SurveyQuestionInput, SurveyResults, SurveyState, SurveyStatus,
} from '@linli/config';
import { request } from '@umijs/max';
import { TOKEN_KEY } from '@/constants';
import { get, post, tableRequest } from './http';

/** A survey as the console lists it (GET /api/admin/surveys); the detail adds `questions`. */
export interface StaffSurvey {
  id: number;
  title: string;
  description: string;
  status: SurveyStatus;
  statusLabel: string;
  state: SurveyState;
  stateLabel: string;
  anonymous: boolean;
  resultsPublic: boolean;
  startsAt: string | null;
  endsAt: string | null;
  publishedAt: string | null;
  closedAt: string | null;
  createdAt: string;
  questionCount: number;
  targets: { id: number; name: string; level: RegionLevel }[];
  owner: { id: number; name: string };
  responses: number;
  questions?: SurveyQuestion[];
}

export interface SurveyBody {
  title: string;
  description?: string;
  questions: SurveyQuestionInput[];
  regionIds: number[];
  startsAt?: string | null;
  endsAt?: string | null;
  anonymous?: boolean;
  resultsPublic?: boolean;
}

export interface TextAnswer {
  text: string;
  pending: boolean;
  respondent: { nickname: string; phoneMasked: string | null } | null;
  submittedAt: string | null;
}

/** Errors are shown by the page (next to the field when the server names one). */
const QUIET = { skipErrorHandler: true };
const BASE = '/api/admin/surveys';

/** 问卷列表（分页，管辖范围内） GET /api/admin/surveys */
export function querySurveys(params: Record<string, any>) {
  return tableRequest<StaffSurvey>(BASE, params);
}

/** 问卷详情（含题目） GET /api/admin/surveys/:id */
export function fetchSurvey(id: number) {
  return get<StaffSurvey>(`${BASE}/${id}`, undefined, QUIET);
}

/** 新建草稿 POST /api/admin/surveys */
export function createSurvey(body: SurveyBody) {
  return post<StaffSurvey>(BASE, body, QUIET);
}

/** 修改草稿 PUT /api/admin/surveys/:id */
export async function updateSurvey(id: number, body: SurveyBody) {
  const res = await request<{ data: StaffSurvey }>(`${BASE}/${id}`, { method: 'PUT', data: body, ...QUIET });
  return res.data;
}

/** 删除草稿 DELETE /api/admin/surveys/:id */
export async function deleteSurvey(id: number) {
  await request(`${BASE}/${id}`, { method: 'DELETE', ...QUIET });
}

/** 发布 / 结束 / 复制 POST /api/admin/surveys/:id/{publish|close|copy} */
export function surveyAction(id: number, action: 'publish' | 'close' | 'copy') {
  return post<StaffSurvey>(`${BASE}/${id}/${action}`, undefined, QUIET);
}

/** 统计结果 GET /api/admin/surveys/:id/results */
export function fetchResults(id: number) {
  return get<SurveyResults>(`${BASE}/${id}/results`, undefined, QUIET);
}

/** 文本题答案（分页） GET /api/admin/surveys/:id/results/texts */
export function fetchTexts(id: number, questionId: string, page: number, pageSize: number) {
  return get<Page<TextAnswer>>(`${BASE}/${id}/results/texts`, { questionId, page, pageSize }, QUIET);
}

/**
 * 导出 Excel GET /api/admin/surveys/:id/export. The file needs the bearer token, so it is fetched as a
 * blob and saved through a temporary link (a plain <a href> would go without the token).
 */
export async function downloadExport(id: number, fallbackName: string) {
  const token = localStorage.getItem(TOKEN_KEY);
  const res = await fetch(`${BASE}/${id}/export`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!res.ok) {
    const env = await res.json().catch(() => undefined);
    throw new Error(env?.errorMessage || `导出失败（${res.status}）`);
  }
  const star = /filename\*=UTF-8''([^;]+)/.exec(res.headers.get('content-disposition') ?? '');
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = star ? decodeURIComponent(star[1]) : fallbackName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

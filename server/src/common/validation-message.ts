import { MidwayValidationError } from '@midwayjs/validate';

interface JoiDetail { path?: (string | number)[]; type?: string; context?: Record<string, unknown> }

const FIELD_LABELS: Record<string, string> = {
  username: '用户名', password: '密码', code: '授权码', nickname: '昵称', lng: '经度', lat: '纬度',
  page: '页码', pageSize: '每页条数', keyword: '关键词', regionId: '区域', role: '角色', kind: '网格类型',
  from: '开始日期', to: '结束日期', granularity: '统计粒度', description: '问题描述', categoryCode: '问题分类', note: '说明',
  photos: '照片', rating: '评分', target: '分派对象', radius: '范围',
  title: '标题', questions: '题目', regionIds: '目标区域', startsAt: '开始时间', endsAt: '结束时间', anonymous: '匿名',
  resultsPublic: '公开结果', answers: '答案', questionId: '题目', status: '状态', state: '状态',
};

/** A Chinese message that names the field, built from Joi's first detail. */
export function validationMessage(err: MidwayValidationError): { field?: string; message: string } {
  const detail = ((err.cause as { details?: JoiDetail[] })?.details ?? [])[0];
  const field = detail?.path?.join('.') || undefined;
  if (!detail || !field) return { message: err.message };
  // users read the Chinese label; clients get the machine name in errorField
  const label = FIELD_LABELS[field] ?? field;
  const c = detail.context ?? {};
  const byType: Record<string, string> = {
    'any.required': `${label}不能为空`,
    'string.empty': `${label}不能为空`,
    'string.base': `${label}应为文本`,
    'number.base': `${label}应为数字`,
    'number.integer': `${label}应为整数`,
    'number.min': `${label}不能小于 ${c.limit}`,
    'number.max': `${label}不能大于 ${c.limit}`,
    'string.min': `${label}至少 ${c.limit} 个字符`,
    'string.max': `${label}最多 ${c.limit} 个字符`,
    'string.pattern.base': `${label}格式不正确`,
    'any.only': `${label}的取值不在允许范围内`,
    'object.unknown': `不允许的字段：${field}`,
    'boolean.base': `${label}应为是或否`,
    'array.base': `${label}应为列表`,
  };
  return { field, message: byType[detail.type ?? ''] ?? `${label}不合法` };
}

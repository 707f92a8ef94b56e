/**
 * Error codes of the API envelope, with the Chinese message users see and the HTTP status.
 * The server throws AppError(code); clients may branch on the code.
 */
export const ERRORS = {
  VALIDATION_FAILED: { status: 422, message: '提交的内容有误' },
  UNAUTHENTICATED: { status: 401, message: '请先登录' },
  TOKEN_INVALID: { status: 401, message: '登录已过期，请重新登录' },
  LOGIN_FAILED: { status: 401, message: '用户名或密码错误' },
  ACCOUNT_LOCKED: { status: 423, message: '密码错误次数过多，账号已临时锁定，请稍后再试' },
  ACCOUNT_DISABLED: { status: 403, message: '账号已停用' },
  FORBIDDEN: { status: 403, message: '没有权限执行此操作' },
  OUT_OF_SCOPE: { status: 403, message: '超出您的管辖范围' },
  NOT_FOUND: { status: 404, message: '内容不存在或无权查看' },
  CONFLICT: { status: 409, message: '内容已被他人修改，请刷新后重试' },
  INVALID_TRANSITION: { status: 409, message: '当前状态下不能执行此操作' },
  SURVEY_NOT_OPEN: { status: 409, message: '问卷不在开放时间内，不能提交' },
  ALREADY_ANSWERED: { status: 409, message: '您已提交过这份问卷，每人只能提交一次' },
  CONTENT_REJECTED: { status: 422, message: '内容包含不当信息，请修改后再提交' },
  IDEMPOTENCY_MISMATCH: { status: 422, message: '同一提交编号对应了不同的内容，请重新提交' },
  RATE_LIMITED: { status: 429, message: '操作太频繁，请稍后再试' },
  WECHAT_LOGIN_FAILED: { status: 400, message: '微信登录失败，请重试' },
  WECHAT_PHONE_FAILED: { status: 400, message: '获取手机号失败，请重试' },
  WECHAT_UNAVAILABLE: { status: 503, message: '微信服务暂时不可用，请稍后再试' },
  PAYLOAD_TOO_LARGE: { status: 413, message: '提交的内容过大' },
  INTERNAL: { status: 500, message: '服务器开小差了，请稍后再试' },
} as const;

export type ErrorCode = keyof typeof ERRORS;

/** The one response envelope of every API (what Ant Design Pro's request expects). */
export interface ApiEnvelope<T = unknown> {
  success: boolean;
  data?: T;
  errorCode?: ErrorCode;
  errorMessage?: string;
  /** For validation errors: the request field that is wrong, e.g. "password". */
  errorField?: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export const MAX_PAGE_SIZE = 100;

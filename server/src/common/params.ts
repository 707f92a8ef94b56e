import { invalid } from './app-error';

/** Path ids are positive integers; anything else is a validation error naming the field. */
export function parseId(raw: string, field = 'id'): number {
  const n = Number(raw);
  if (!/^\d{1,10}$/.test(raw) || !Number.isSafeInteger(n) || n < 1) throw invalid(field, `${field} 应为正整数`);
  return n;
}

import { MAX_PAGE_SIZE } from '@linli/config';

/** page/pageSize of a list request with the defaults and the cap every list shares, as skip/take. */
export function paging(q: { page?: number; pageSize?: number }) {
  const page = q.page ?? 1;
  const pageSize = Math.min(q.pageSize ?? 20, MAX_PAGE_SIZE);
  return { page, pageSize, skip: (page - 1) * pageSize, take: pageSize };
}

/** A user's text inside LIKE: % and _ match themselves, not any characters. */
export function escapeLike(s: string): string {
  return s.replace(/[%_\\]/g, '\\$&');
}

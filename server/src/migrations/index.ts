import { Foundation1795400000000 } from './1795400000000-Foundation';

/** Every migration, in order. Append new ones here (explicit list: no globs). */
export function migrations(): Function[] {
  return [Foundation1795400000000];
}

import * as Joi from 'joi';
import { ValidateService } from '@midwayjs/validate';

/**
 * @midwayjs/validate 3.20.x re-parses every i18n message template and rebuilds the Joi schema on
 * every request (~4 ms CPU). Pre-compile the messages once and memoise DTO schemas.
 * Touches private fields (messages, getSchema): re-check on upgrades (recipes/server.md §11.7).
 */
export function speedUpMidwayValidate(vs: ValidateService) {
  const anyVs = vs as unknown as { messages?: Record<string, Record<string, unknown>>; getSchema: (c: unknown) => unknown };
  for (const lang of Object.keys(anyVs.messages ?? {})) {
    const table = anyVs.messages![lang];
    for (const code of Object.keys(table)) {
      if (typeof table[code] === 'string') table[code] = Joi.x(table[code] as string);
    }
  }
  const cache = new WeakMap<object, unknown>();
  const orig = vs.getSchema.bind(vs);
  anyVs.getSchema = (clz: object) => {
    let s = cache.get(clz);
    if (s === undefined) {
      s = orig(clz as never) ?? null;
      cache.set(clz, s);
    }
    return s ?? undefined;
  };
}

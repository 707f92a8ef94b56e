import { Rule, RuleType } from '@midwayjs/validate';
import type { Granularity } from './stats-period';

const date = RuleType.string().trim().pattern(/^\d{4}-\d{2}-\d{2}$/).optional();

/** Period and region of a dashboard query. Dates are local (Beijing) calendar days, both inclusive. */
export class StatsQueryDTO {
  /** First day, "YYYY-MM-DD"; default 29 days before `to`. */
  @Rule(date)
  from?: string;

  /** Last day, "YYYY-MM-DD"; default today. */
  @Rule(date)
  to?: string;

  /** A region inside the actor's scope (404 otherwise); default the whole scope. */
  @Rule(RuleType.number().integer().min(1).optional())
  regionId?: number;
}

export class TrendQueryDTO extends StatsQueryDTO {
  @Rule(RuleType.string().valid('day', 'week', 'month').default('day'))
  granularity?: Granularity;
}

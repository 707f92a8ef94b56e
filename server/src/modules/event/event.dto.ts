import { Rule, RuleType } from '@midwayjs/validate';
import { EVENT_ACTIONS, EVENT_STATUSES, EventAction, EventStatus } from '@linli/config';
import { PageDTO } from '../region/region.dto';

const description = RuleType.string().trim().min(5).max(1000).required();

export class ReportEventDTO {
  @Rule(RuleType.string().trim().max(32).required())
  categoryCode: string;

  @Rule(description)
  description: string;

  @Rule(RuleType.number().min(-180).max(180).required())
  lng: number;

  @Rule(RuleType.number().min(-90).max(90).required())
  lat: number;

  @Rule(RuleType.string().trim().max(200).allow('').optional())
  address?: string;

  @Rule(RuleType.boolean().default(false))
  anonymous?: boolean;

  @Rule(RuleType.boolean().default(true))
  isPublic?: boolean;

  @Rule(RuleType.array().items(RuleType.number().integer().min(1)).max(9).unique().default([]))
  photos?: number[];
}

/** Hotline (12345) entry by staff on a caller's behalf. */
export class HotlineEventDTO extends ReportEventDTO {
  @Rule(RuleType.string().trim().max(20).allow('').optional())
  callerName?: string;

  @Rule(RuleType.string().trim().pattern(/^1[3-9]\d{9}$/).allow('').optional())
  callerPhone?: string;

  @Rule(RuleType.string().valid('hotline', 'console').default('hotline'))
  channel?: 'hotline' | 'console';
}

export class TargetDTO {
  @Rule(RuleType.string().valid('grid', 'community', 'street', 'department', 'district').required())
  type: 'grid' | 'community' | 'street' | 'department' | 'district';

  /** Region id, or department id for type department. */
  @Rule(RuleType.number().integer().min(1).required())
  id: number;
}

export class EventActionDTO {
  @Rule(RuleType.string().valid(...EVENT_ACTIONS).required())
  action: EventAction;

  @Rule(RuleType.string().trim().max(1000).allow('').optional())
  note?: string;

  @Rule(RuleType.array().items(RuleType.number().integer().min(1)).max(9).unique().default([]))
  photos?: number[];

  /** The version the client saw; a stale one is refused with CONFLICT. */
  @Rule(RuleType.number().integer().min(1).optional())
  version?: number;

  @Rule(RuleType.object().keys({ type: RuleType.string().valid('grid', 'community', 'street', 'department', 'district').required(), id: RuleType.number().integer().min(1).required() }).optional())
  target?: TargetDTO;

  @Rule(RuleType.number().integer().min(1).optional())
  mainEventId?: number;

  @Rule(RuleType.number().integer().min(1).max(5).optional())
  rating?: number;
}

export class StaffEventQueryDTO extends PageDTO {
  @Rule(RuleType.string().valid(...EVENT_STATUSES).optional())
  status?: EventStatus;

  @Rule(RuleType.string().trim().max(32).optional())
  categoryCode?: string;

  @Rule(RuleType.number().integer().min(1).optional())
  regionId?: number;

  @Rule(RuleType.string().valid('resident', 'patrol', 'hotline', 'console', 'external').optional())
  channel?: string;

  @Rule(RuleType.string().trim().max(50).allow('').optional())
  keyword?: string;

  /** Only events I (or my unit) must act on now. */
  @Rule(RuleType.boolean().optional())
  mine?: boolean;
}

import { Rule, RuleType } from '@midwayjs/validate';
import { EVENT_ACTIONS, EVENT_STATUSES, EventAction, EventStatus } from '@linli/config';
import { LocateDTO, PageDTO } from '../region/region.dto';

const description = RuleType.string().trim().min(5).max(1000).required();

export class ReportEventDTO extends LocateDTO {
  @Rule(RuleType.string().trim().max(32).required())
  categoryCode: string;

  @Rule(description)
  description: string;

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

/** Worker mode inbox: `todo` waits on me (to sign or handle), `done` is what I handled or passed on. */
export class WorkerTaskQueryDTO extends PageDTO {
  @Rule(RuleType.string().valid('todo', 'done').default('todo'))
  tab?: 'todo' | 'done';
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

export class CommentDTO {
  @Rule(RuleType.string().valid('reply', 'note', 'supervise').required())
  kind: 'reply' | 'note' | 'supervise';

  @Rule(RuleType.string().trim().min(1).max(1000).required())
  note: string;
}

export class NearbyDTO extends LocateDTO {
  @Rule(RuleType.number().integer().min(10).max(3000).default(1000))
  radius?: number;
}

export class SimilarDTO extends LocateDTO {
  @Rule(RuleType.string().trim().max(32).required())
  categoryCode: string;
}

export class RoutingRuleDTO {
  @Rule(RuleType.string().trim().min(1).max(64).required())
  name: string;

  @Rule(RuleType.number().integer().min(0).max(100000).required())
  priority: number;

  @Rule(RuleType.boolean().default(true))
  enabled?: boolean;

  @Rule(RuleType.array().items(RuleType.string().max(32)).max(50).allow(null).optional())
  categoryCodes?: string[] | null;

  /** Limit the rule to a region's subtree (inside the editor's scope); omitted = the editor's whole scope. */
  @Rule(RuleType.number().integer().min(1).allow(null).optional())
  regionId?: number | null;

  @Rule(RuleType.array().items(RuleType.string().valid('resident', 'patrol', 'hotline', 'console', 'external')).allow(null).optional())
  channels?: string[] | null;

  @Rule(RuleType.array().items(RuleType.string().trim().min(1).max(20)).max(20).allow(null).optional())
  keywords?: string[] | null;

  @Rule(RuleType.number().integer().valid(1, 2, 3, 4).required())
  level: 1 | 2 | 3 | 4;

  @Rule(RuleType.number().integer().min(1).allow(null).optional())
  departmentId?: number | null;
}

export class RoutePreviewDTO extends LocateDTO {
  @Rule(RuleType.string().trim().max(32).required())
  categoryCode: string;

  @Rule(RuleType.string().valid('resident', 'patrol', 'hotline', 'console', 'external').default('resident'))
  channel?: 'resident' | 'patrol' | 'hotline' | 'console' | 'external';

  @Rule(RuleType.string().trim().max(1000).allow('').default(''))
  description?: string;
}

export class CannedReplyDTO {
  @Rule(RuleType.string().trim().min(2).max(500).required())
  text: string;
}

import { Rule, RuleType } from '@midwayjs/validate';
import { GRID_KINDS, GridKind, MAX_PAGE_SIZE } from '@linli/config';

export class PageDTO {
  @Rule(RuleType.number().integer().min(1).max(100000).default(1))
  page?: number;

  @Rule(RuleType.number().integer().min(1).max(MAX_PAGE_SIZE).default(20))
  pageSize?: number;
}

export class GridQueryDTO extends PageDTO {
  @Rule(RuleType.number().integer().min(1).optional())
  regionId?: number;

  @Rule(RuleType.string().trim().max(50).allow('').optional())
  keyword?: string;

  @Rule(RuleType.string().valid(...GRID_KINDS).optional())
  kind?: GridKind;
}

export class LocateDTO {
  @Rule(RuleType.number().min(-180).max(180).required())
  lng: number;

  @Rule(RuleType.number().min(-90).max(90).required())
  lat: number;
}

export class RegionScopedDTO {
  @Rule(RuleType.number().integer().min(1).optional())
  regionId?: number;
}

import { Rule, RuleType } from '@midwayjs/validate';
import { ROLES, Role } from '@linli/config';
import { PageDTO } from '../region/region.dto';

export class AccountQueryDTO extends PageDTO {
  @Rule(RuleType.string().valid(...ROLES).optional())
  role?: Role;

  @Rule(RuleType.number().integer().min(1).optional())
  regionId?: number;

  @Rule(RuleType.string().trim().max(50).allow('').optional())
  keyword?: string;
}

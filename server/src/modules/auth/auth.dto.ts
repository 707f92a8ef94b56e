import { Rule, RuleType } from '@midwayjs/validate';

export class StaffLoginDTO {
  @Rule(RuleType.string().trim().min(1).max(64).required())
  username: string;

  @Rule(RuleType.string().min(1).max(128).required())
  password: string;
}

export class WechatCodeDTO {
  @Rule(RuleType.string().trim().min(1).max(128).required())
  code: string;
}

export class WechatLoginDTO extends WechatCodeDTO {
  /** The agreement version the user ticked on the login page; recorded as proof of consent. */
  @Rule(RuleType.string().trim().pattern(/^[\w.-]{1,16}$/).optional())
  agreementVersion?: string;
}

export class UpdateMeDTO {
  @Rule(RuleType.string().trim().min(1).max(20).required())
  nickname: string;
}

import { Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { InjectEntityModel } from '@midwayjs/typeorm';
import { Repository } from 'typeorm';
import { AuditLog } from './audit-log.entity';

export interface AuditEntry {
  actorId: number | null;
  action: string;
  targetType?: string;
  targetId?: string | number;
  detail?: Record<string, unknown>;
  ip?: string;
}

/** Append-only audit trail of sensitive actions. Details must never carry personal data in clear. */
@Provide()
@Scope(ScopeEnum.Singleton)
export class AuditService {
  @InjectEntityModel(AuditLog)
  repo: Repository<AuditLog>;

  async record(e: AuditEntry): Promise<void> {
    await this.repo.insert({
      actorId: e.actorId,
      action: e.action,
      targetType: e.targetType ?? null,
      targetId: e.targetId === undefined ? null : String(e.targetId),
      detail: (e.detail ?? null) as never,
      ip: e.ip ?? null,
    });
  }
}

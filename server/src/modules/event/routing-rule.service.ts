import { Inject, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import { DataSource, IsNull, Like } from 'typeorm';
import { inScope } from '@linli/config';
import { RoutingRule } from './routing-rule.entity';
import { CannedReply } from './canned-reply.entity';
import { RoutePreviewDTO, RoutingRuleDTO } from './event.dto';
import { EventIntakeService } from './event-intake.service';
import { RegionService } from '../region/region.service';
import { Department } from '../catalog/department.entity';
import { Category } from '../catalog/category.entity';
import { invalid, notFound } from '../../common/app-error';
import { ReferenceCache } from '../catalog/reference-cache.service';
import type { Actor } from '../../common/actor';

type Staff = Actor & { scopePath: string };

/**
 * Routing rules and canned replies, both scoped: an editor sees and changes only rules that apply
 * inside its scope, and a new rule is bounded to (a region inside) that scope.
 */
@Provide()
@Scope(ScopeEnum.Singleton)
export class RoutingRuleService {
  @InjectDataSource() db: DataSource;
  @Inject() regions: RegionService;
  @Inject() intake: EventIntakeService;
  @Inject() refs: ReferenceCache;

  async list(actor: Staff) {
    const rows = await this.db.getRepository(RoutingRule).find({ order: { priority: 'ASC', id: 'ASC' } });
    // global rules apply everywhere, so everyone may read them
    return rows.filter((r) => !r.regionPath || inScope(actor.scopePath, r.regionPath) || inScope(r.regionPath, actor.scopePath));
  }

  async create(actor: Staff, dto: RoutingRuleDTO) {
    const row = await this.db.getRepository(RoutingRule).save(await this.toRow(actor, dto));
    this.refs.clear();
    return row;
  }

  async update(actor: Staff, id: number, dto: RoutingRuleDTO) {
    const existing = await this.editable(actor, id);
    const row = await this.db.getRepository(RoutingRule).save({ ...(await this.toRow(actor, dto)), id: existing.id });
    this.refs.clear();
    return row;
  }

  async remove(actor: Staff, id: number) {
    const existing = await this.editable(actor, id);
    await this.db.getRepository(RoutingRule).delete({ id: existing.id });
    this.refs.clear();
    return { deleted: true };
  }

  /** "Test this location and category": the decision routing would take now, nothing stored. */
  async preview(actor: Staff, dto: RoutePreviewDTO) {
    const { place, decision } = await this.intake.decide({
      categoryCode: dto.categoryCode, lng: dto.lng, lat: dto.lat, channel: dto.channel ?? 'resident', description: dto.description ?? '',
    });
    if (!inScope(actor.scopePath, place.path) && !inScope(place.path, actor.scopePath)) throw notFound();
    const target = decision.targetDepartmentId
      ? (await this.db.getRepository(Department).findOneBy({ id: decision.targetDepartmentId }))?.name
      : (await this.regions.repo.findOneBy({ id: decision.targetRegionId ?? 0 }))?.name;
    return { ...decision, targetName: target ?? '', outsideGrids: 'outside' in place };
  }

  private async editable(actor: Staff, id: number) {
    const r = await this.db.getRepository(RoutingRule).findOneBy({ id });
    // global rules belong to whoever's scope is the whole tree
    if (!r || !inScope(actor.scopePath, r.regionPath ?? '/')) throw notFound();
    return r;
  }

  private async toRow(actor: Staff, dto: RoutingRuleDTO): Promise<Partial<RoutingRule>> {
    const regionPath = dto.regionId ? (await this.regions.visible(actor, dto.regionId)).path : actor.scopePath;
    if (dto.categoryCodes?.length) {
      const known = new Set((await this.db.getRepository(Category).find({ select: ['code'] })).map((c) => c.code));
      const bad = dto.categoryCodes.find((c) => !known.has(c));
      if (bad) throw invalid('categoryCodes', `未知的问题分类：${bad}`);
    }
    if (dto.departmentId && !(await this.db.getRepository(Department).existsBy({ id: dto.departmentId }))) {
      throw invalid('departmentId', '部门不存在');
    }
    if (dto.departmentId && dto.level !== 4) throw invalid('departmentId', '只有部门处置（4级）的规则可以指定部门');
    return {
      name: dto.name, priority: dto.priority, enabled: dto.enabled ?? true, categoryCodes: dto.categoryCodes?.length ? dto.categoryCodes : null,
      regionPath, channels: dto.channels?.length ? dto.channels : null, keywords: dto.keywords?.length ? dto.keywords : null,
      level: dto.level, departmentId: dto.departmentId ?? null,
    };
  }

  async cannedReplies(actor: Staff) {
    return this.db.getRepository(CannedReply).find({
      where: [{ regionPath: IsNull() }, ...prefixes(actor.scopePath).map((p) => ({ regionPath: p })), { regionPath: Like(`${actor.scopePath}%`) }],
      order: { sort: 'ASC', id: 'ASC' },
    });
  }

  async addCannedReply(actor: Staff, text: string) {
    return this.db.getRepository(CannedReply).save({ text, regionPath: actor.scopePath, sort: 100 });
  }

  async removeCannedReply(actor: Staff, id: number) {
    const r = await this.db.getRepository(CannedReply).findOneBy({ id });
    if (!r || !r.regionPath || !inScope(actor.scopePath, r.regionPath)) throw notFound();
    await this.db.getRepository(CannedReply).delete({ id });
    return { deleted: true };
  }
}

/** "/1/2/7/" → ["/1/", "/1/2/", "/1/2/7/"]: replies set higher up apply below. */
function prefixes(path: string): string[] {
  const ids = path.split('/').filter(Boolean);
  return ids.map((_, i) => `/${ids.slice(0, i + 1).join('/')}/`);
}

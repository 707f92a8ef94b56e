import { Inject, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { InjectEntityModel } from '@midwayjs/typeorm';
import { Brackets, In, Repository } from 'typeorm';
import { ROLE_LABELS, STAFF_ROLES } from '@linli/config';
import { Account } from './account.entity';
import { AccountQueryDTO } from './account.dto';
import { Region } from '../region/region.entity';
import { RegionService } from '../region/region.service';
import type { Actor } from '../../common/actor';
import { escapeLike, paging } from '../../common/paging';

/** Staff accounts as the console lists them: only those whose scope lies inside the viewer's. */
@Provide()
@Scope(ScopeEnum.Singleton)
export class AccountAdminService {
  @InjectEntityModel(Account) repo: Repository<Account>;
  @InjectEntityModel(Region) regions: Repository<Region>;
  @Inject() regionService: RegionService;

  async list(actor: Actor & { scopePath: string }, q: AccountQueryDTO) {
    const base = q.regionId ? (await this.regionService.visible(actor, q.regionId)).path : actor.scopePath;
    const { page, pageSize, skip, take } = paging(q);
    const qb = this.repo
      .createQueryBuilder('a')
      .where('a.region_path LIKE :p', { p: `${base}%` })
      .andWhere('a.role IN (:...roles)', { roles: q.role ? [q.role] : STAFF_ROLES })
      .andWhere("a.status <> 'deleted'");
    if (q.keyword) {
      const kw = `%${escapeLike(q.keyword)}%`;
      qb.andWhere(new Brackets((b) => b.where('a.name LIKE :kw', { kw }).orWhere('a.username LIKE :kw', { kw })));
    }
    const [rows, total] = await qb.orderBy('a.id', 'ASC').skip(skip).take(take).getManyAndCount();
    const regionIds = [...new Set(rows.map((r) => r.regionId).filter((x): x is number => !!x))];
    const regions = regionIds.length ? await this.regions.find({ select: ['id', 'name'], where: { id: In(regionIds) } }) : [];
    const rname = new Map(regions.map((r) => [r.id, r.name]));
    return {
      items: rows.map((a) => ({
        id: a.id, username: a.username, name: a.name, role: a.role, roleLabel: ROLE_LABELS[a.role],
        phoneMasked: a.phoneMasked, regionId: a.regionId, regionName: a.regionId ? rname.get(a.regionId) ?? '' : '', status: a.status,
        locked: !!a.lockedUntil && a.lockedUntil.getTime() > Date.now(),
      })),
      total, page, pageSize,
    };
  }
}

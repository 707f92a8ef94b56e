import { Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { InjectEntityModel } from '@midwayjs/typeorm';
import { Repository } from 'typeorm';
import { inScope } from '@linli/config';
import { Category } from './category.entity';
import { Department } from './department.entity';
import { Region } from '../region/region.entity';
import type { Actor } from '../../common/actor';

/** Event categories and departments. */
@Provide()
@Scope(ScopeEnum.Singleton)
export class CatalogService {
  @InjectEntityModel(Category) categories: Repository<Category>;
  @InjectEntityModel(Department) departments: Repository<Department>;
  @InjectEntityModel(Region) regions: Repository<Region>;

  async publicCategories() {
    const rows = await this.categories.find({ where: { enabled: true }, order: { sort: 'ASC', id: 'ASC' } });
    return rows.map((c) => ({
      code: c.code, name: c.name, group: c.groupName, defaultLevel: c.defaultLevel, signHours: c.signHours, handleHours: c.handleHours,
    }));
  }

  async allCategories() {
    const rows = await this.categories.find({ order: { sort: 'ASC', id: 'ASC' } });
    return rows.map((c) => ({
      id: c.id, code: c.code, name: c.name, group: c.groupName, defaultLevel: c.defaultLevel, departmentCode: c.departmentCode,
      signHours: c.signHours, handleHours: c.handleHours, enabled: c.enabled,
    }));
  }

  /** Departments of the districts the actor's scope touches (a community sees its district's departments). */
  async departmentsFor(actor: Actor & { scopePath: string }) {
    const rows = await this.departments.find({ order: { id: 'ASC' } });
    const regions = await this.regions.find({ select: ['id', 'path', 'name'], where: { level: 'district' } });
    const path = new Map(regions.map((r) => [r.id, r]));
    return rows
      .filter((d) => {
        const p = path.get(d.regionId)?.path;
        return !!p && (inScope(actor.scopePath, p) || inScope(p, actor.scopePath));
      })
      .map((d) => ({ id: d.id, code: d.code, name: d.name, regionId: d.regionId, regionName: path.get(d.regionId)?.name ?? '' }));
  }
}

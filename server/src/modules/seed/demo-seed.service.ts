import { Config, ILogger, Inject, Logger, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { DEFAULT_CATEGORIES, DEFAULT_DEPARTMENTS, GridStaffRole, regionPath, Role } from '@linli/config';
import { generateDistrict } from '../region/demo-geography';
import { bbox } from '../region/geo';
import { Region } from '../region/region.entity';
import { GridStaff } from '../region/grid-staff.entity';
import { Category } from '../catalog/category.entity';
import { Department } from '../catalog/department.entity';
import { Account } from '../account/account.entity';
import { CryptoService } from '../../common/crypto.service';
import { hashPassword } from '../../common/password';
import { GridIndexService } from '../region/grid-index.service';
import { demoPeople } from './demo-people';

export const DEMO_PASSWORD = 'Linli@2026';
export const DEMO_RESIDENTS = 20;

/**
 * Reference data every deployment needs (event categories) and, when enabled, the demo district
 * of docs/demo-data.md. Idempotent and safe when two instances start together: the work runs in one
 * transaction, and a unique-key clash means the other instance already did it.
 */
@Provide()
@Scope(ScopeEnum.Singleton)
export class DemoSeedService {
  @InjectDataSource() db: DataSource;
  @Inject() crypto: CryptoService;
  @Inject() gridIndex: GridIndexService;
  @Logger() logger: ILogger;
  @Config('linli.seedDemo') enabled: boolean;

  async ensureCategories(): Promise<void> {
    await this.once(async (m) => {
      const have = new Set((await m.find(Category, { select: ['code'] })).map((c) => c.code));
      const missing = DEFAULT_CATEGORIES.filter((c) => !have.has(c.code));
      if (!missing.length) return;
      await m.insert(Category, missing.map((c, i) => ({
        code: c.code, name: c.name, groupName: c.group, defaultLevel: c.defaultLevel, departmentCode: c.department ?? null,
        signHours: c.signHours, handleHours: c.handleHours, enabled: true, sort: i,
      })));
    });
  }

  async seedOnce(): Promise<void> {
    await this.ensureCategories();
    const t0 = Date.now();
    const seeded = await this.once(async (m) => {
      const d = generateDistrict();
      if (await m.findOneBy(Region, { code: d.district.code })) return false;
      await this.seedDistrict(m, d);
      return true;
    });
    if (seeded) {
      await this.gridIndex.reload();
      this.logger.info('demo district seeded in %d ms', Date.now() - t0);
    }
  }

  private async once<T>(work: (m: EntityManager) => Promise<T>): Promise<T | false> {
    try {
      return await this.db.transaction(work);
    } catch (err) {
      if (/duplicate|unique/i.test(String((err as Error).message))) return false;
      throw err;
    }
  }

  private async seedDistrict(m: EntityManager, d: ReturnType<typeof generateDistrict>) {
    const byCode = new Map<string, Region>();
    for (const [i, r] of d.regions.entries()) {
      const parent = r.parentCode ? byCode.get(r.parentCode)! : null;
      const box = r.boundary ? bbox(r.boundary) : null;
      const row = await m.save(Region, m.create(Region, {
        parentId: parent?.id ?? null, level: r.level, name: r.name, code: r.code, path: '', gridKind: r.gridKind,
        boundary: r.boundary, minLng: box?.[0] ?? null, minLat: box?.[1] ?? null, maxLng: box?.[2] ?? null, maxLat: box?.[3] ?? null,
        centerLng: r.center?.[0] ?? null, centerLat: r.center?.[1] ?? null, sort: i,
      }));
      row.path = regionPath(parent?.path ?? null, row.id);
      await m.update(Region, { id: row.id }, { path: row.path });
      byCode.set(r.code, row);
    }

    const passwordHash = await hashPassword(DEMO_PASSWORD); // one slow hash shared by the demo accounts
    const people = demoPeople();
    const staff = (role: Role, username: string | null, scope: Region, extra: Partial<Account> = {}) => {
      const phone = people.phone();
      return m.save(Account, m.create(Account, {
        role, username, passwordHash: username ? passwordHash : null, name: people.name(), regionId: scope.id, regionPath: scope.path,
        phoneEnc: this.crypto.encrypt(phone), phoneHash: this.crypto.lookupHash(phone), phoneMasked: `${phone.slice(0, 3)}****${phone.slice(-4)}`,
        ...extra,
      }));
    };

    const city = byCode.get(d.city.code)!;
    const district = byCode.get(d.district.code)!;
    await staff('system_admin', 'admin', city);
    await staff('district_admin', 'district', district);
    for (const [i, s] of d.streets.entries()) await staff('street_centre', `street${i + 1}`, byCode.get(s.code)!);

    for (const dep of DEFAULT_DEPARTMENTS) {
      const row = await m.save(Department, m.create(Department, { code: dep.code, name: dep.name, regionId: district.id }));
      await staff('department_handler', `dept-${dep.code.toLowerCase().replace(/_/g, '-')}`, district, { departmentId: row.id });
    }

    const links: Partial<GridStaff>[] = [];
    const link = (gridId: number, accountId: number, role: GridStaffRole) => links.push({ gridId, accountId, role });
    for (const [ci, c] of d.communities.entries()) {
      const community = byCode.get(c.code)!;
      const cadre = await staff('community_staff', `community${ci + 1}`, community);
      const instructor = await staff('community_staff', null, community);
      const grids = d.grids.filter((g) => g.parentCode === c.code);
      for (const g of grids) {
        const grid = byCode.get(g.code)!;
        const n = String(d.grids.indexOf(g) + 1).padStart(3, '0');
        const worker = await staff('grid_worker', `grid${n}`, grid, { openid: `demo-worker-${n}` });
        const partTime = await staff('grid_worker', null, grid);
        link(grid.id, cadre.id, 'leader');
        link(grid.id, worker.id, 'worker');
        link(grid.id, partTime.id, 'part_time');
        link(grid.id, instructor.id, 'instructor');
      }
    }
    await m.insert(GridStaff, links);

    for (let i = 1; i <= DEMO_RESIDENTS; i++) {
      await m.save(Account, m.create(Account, { role: 'resident', openid: `demo-resident-${i}`, nickname: `${people.name()}` }));
    }
  }
}

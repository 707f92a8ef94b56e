import { Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import { DataSource } from 'typeorm';
import { Category } from './category.entity';
import { Department } from './department.entity';
import { RoutingRule } from '../event/routing-rule.entity';

/** How long an instance trusts its copy; edits on another instance show up within this time. */
const TTL_MS = 10_000;

interface Snapshot { at: number; categories: Map<string, Category>; departments: Department[]; rules: RoutingRule[] }

/**
 * Reference data read on every report (categories, departments, routing rules), kept in memory for a few
 * seconds instead of three queries per submission. Edits made through this instance clear it at once.
 */
@Provide()
@Scope(ScopeEnum.Singleton)
export class ReferenceCache {
  @InjectDataSource() db: DataSource;

  private snap: Snapshot | null = null;
  private loading: Promise<Snapshot> | null = null;

  async category(code: string): Promise<Category | undefined> {
    return (await this.current()).categories.get(code);
  }

  async categoryName(code: string): Promise<string> {
    return (await this.category(code))?.name ?? code;
  }

  async department(code: string, regionId: number): Promise<Department | undefined> {
    return (await this.current()).departments.find((d) => d.code === code && d.regionId === regionId);
  }

  async enabledRules(): Promise<RoutingRule[]> {
    return (await this.current()).rules;
  }

  clear(): void {
    this.snap = null;
  }

  private async current(): Promise<Snapshot> {
    if (this.snap && Date.now() - this.snap.at < TTL_MS) return this.snap;
    this.loading ??= this.load().finally(() => (this.loading = null));
    return this.loading;
  }

  private async load(): Promise<Snapshot> {
    const [categories, departments, rules] = await Promise.all([
      this.db.getRepository(Category).find(),
      this.db.getRepository(Department).find(),
      this.db.getRepository(RoutingRule).find({ where: { enabled: true } }),
    ]);
    this.snap = { at: Date.now(), categories: new Map(categories.map((c) => [c.code, c])), departments, rules };
    return this.snap;
  }
}

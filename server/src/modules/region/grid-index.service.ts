import { ILogger, Logger, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import { DataSource } from 'typeorm';
import { GridIndex } from './grid-index';
import { Region } from './region.entity';

/** How long an instance trusts its in-memory index before checking the database for grid changes. */
const FRESHNESS_MS = 10_000;

/**
 * The in-memory spatial index of every grid boundary, shared by all requests of an instance.
 * Another instance may change grids, so the index re-checks a cheap fingerprint
 * (count and latest update) at most every FRESHNESS_MS and rebuilds when it moved.
 */
@Provide()
@Scope(ScopeEnum.Singleton)
export class GridIndexService {
  @InjectDataSource()
  db: DataSource;

  @Logger()
  logger: ILogger;

  private index: GridIndex | null = null;
  private fingerprint = '';
  private checkedAt = 0;
  private building: Promise<GridIndex> | null = null;

  private paths = new Map<number, string>();

  async locate(lng: number, lat: number): Promise<number | null> {
    return (await this.current()).locate(lng, lat);
  }

  /** The grid containing the point with its region path, or null; answered from memory. */
  async locatePath(lng: number, lat: number, nearestWithinMetres = 0): Promise<{ id: number; path: string; inside: boolean } | null> {
    const index = await this.current();
    const inside = index.locate(lng, lat);
    const id = inside ?? (nearestWithinMetres > 0 ? index.nearest(lng, lat, nearestWithinMetres) : null);
    const path = id === null ? undefined : this.paths.get(id);
    return id === null || !path ? null : { id, path, inside: inside !== null };
  }

  /** Builds the index now (at start-up), so no request has to wait for the first build. */
  async warm(): Promise<void> {
    await this.current();
  }

  /** Rebuilds now (after this instance changed grids); other instances catch up within FRESHNESS_MS. */
  async reload(): Promise<void> {
    this.fingerprint = '';
    await this.refresh();
  }

  /**
   * The index to answer from. A stale index is still served while the check runs in the background:
   * callers may hold a pooled connection inside a transaction, and waiting here for another connection
   * could deadlock a saturated pool. Only the very first build is awaited.
   */
  private async current(): Promise<GridIndex> {
    if (this.index && Date.now() - this.checkedAt < FRESHNESS_MS) return this.index;
    this.building ??= this.refresh().finally(() => (this.building = null));
    if (this.index) {
      this.building.catch((err) => this.logger.error('grid index refresh failed: %s', err));
      return this.index;
    }
    return this.building;
  }

  private async refresh(): Promise<GridIndex> {
    const fp = await this.db
      .getRepository(Region)
      .createQueryBuilder('r')
      .select('COUNT(*)', 'n')
      .addSelect('MAX(r.updated_at)', 'latest')
      .where("r.level = 'grid'")
      .getRawOne<{ n: number; latest: unknown }>();
    const fingerprint = `${fp?.n}|${String(fp?.latest)}`;
    this.checkedAt = Date.now();
    if (this.index && fingerprint === this.fingerprint) return this.index;
    const t0 = Date.now();
    const rows = await this.db.getRepository(Region).find({ select: { id: true, path: true, boundary: true }, where: { level: 'grid' } });
    this.paths = new Map(rows.map((r) => [r.id, r.path]));
    this.index = new GridIndex(rows);
    this.fingerprint = fingerprint;
    this.logger.info('grid index built: %d grids in %d ms', this.index.size, Date.now() - t0);
    return this.index;
  }
}

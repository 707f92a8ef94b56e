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

  async locate(lng: number, lat: number): Promise<number | null> {
    return (await this.current()).locate(lng, lat);
  }

  async nearest(lng: number, lat: number, maxMetres: number): Promise<number | null> {
    return (await this.current()).nearest(lng, lat, maxMetres);
  }

  /** Forces a rebuild on next use (after this instance changed grids). */
  invalidate(): void {
    this.checkedAt = 0;
    this.fingerprint = '';
  }

  private async current(): Promise<GridIndex> {
    if (this.index && Date.now() - this.checkedAt < FRESHNESS_MS) return this.index;
    this.building ??= this.refresh().finally(() => (this.building = null));
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
    const rows = await this.db.getRepository(Region).find({ select: { id: true, boundary: true }, where: { level: 'grid' } });
    this.index = new GridIndex(rows);
    this.fingerprint = fingerprint;
    this.logger.info('grid index built: %d grids in %d ms', this.index.size, Date.now() - t0);
    return this.index;
  }
}

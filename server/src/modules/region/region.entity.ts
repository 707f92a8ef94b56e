import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { GeoJsonPolygon, GridKind, RegionLevel } from '@linli/config';

/**
 * One node of the region tree (city → district → street → community → grid). `path` is the
 * materialised ancestor path ("/1/2/7/") that every scope check and subtree query uses.
 * The bbox columns let the spatial index and map queries skip polygons cheaply.
 */
@Entity('region')
@Index('idx_region_parent', ['parentId'])
@Index('idx_region_path', ['path'])
@Index('idx_region_level', ['level'])
@Index('uq_region_code', ['code'], { unique: true })
export class Region {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'parent_id', type: 'int', nullable: true })
  parentId: number | null;

  @Column({ type: 'varchar', length: 16 })
  level: RegionLevel;

  @Column({ type: 'varchar', length: 64 })
  name: string;

  @Column({ type: 'varchar', length: 32 })
  code: string;

  @Column({ type: 'varchar', length: 255 })
  path: string;

  @Column({ name: 'grid_kind', type: 'varchar', length: 16, nullable: true })
  gridKind: GridKind | null;

  @Column({ type: 'json', nullable: true })
  boundary: GeoJsonPolygon | null;

  @Column({ name: 'min_lng', type: 'double', nullable: true })
  minLng: number | null;

  @Column({ name: 'min_lat', type: 'double', nullable: true })
  minLat: number | null;

  @Column({ name: 'max_lng', type: 'double', nullable: true })
  maxLng: number | null;

  @Column({ name: 'max_lat', type: 'double', nullable: true })
  maxLat: number | null;

  @Column({ name: 'center_lng', type: 'double', nullable: true })
  centerLng: number | null;

  @Column({ name: 'center_lat', type: 'double', nullable: true })
  centerLat: number | null;

  @Column({ type: 'int', default: 0 })
  sort: number;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt: Date;
}

import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { EventLevel } from '@linli/config';

/**
 * An ordered routing rule: the first enabled rule (lowest priority number) whose conditions all match
 * decides the level and, for level 4, the department. Empty conditions match anything.
 */
@Entity('routing_rule')
@Index('idx_routing_rule_priority', ['priority'])
export class RoutingRule {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 64 })
  name: string;

  @Column({ type: 'integer' })
  priority: number;

  @Column({ type: 'boolean', width: 1, default: true })
  enabled: boolean;

  @Column({ name: 'category_codes', type: 'json', nullable: true })
  categoryCodes: string[] | null;

  /** Applies to events inside this region's subtree (its path), or everywhere when null. */
  @Column({ name: 'region_path', type: 'varchar', length: 255, nullable: true })
  regionPath: string | null;

  @Column({ type: 'json', nullable: true })
  channels: string[] | null;

  /** Any of these words in the description matches. */
  @Column({ type: 'json', nullable: true })
  keywords: string[] | null;

  @Column({ type: 'integer' })
  level: EventLevel;

  @Column({ name: 'department_id', type: 'integer', nullable: true })
  departmentId: number | null;
}

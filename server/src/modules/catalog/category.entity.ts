import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { EventLevel } from '@linli/config';

/** An event category with its default level, owning department and deadlines. */
@Entity('category')
@Index('uq_category_code', ['code'], { unique: true })
export class Category {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 32 })
  code: string;

  @Column({ type: 'varchar', length: 64 })
  name: string;

  @Column({ name: 'group_name', type: 'varchar', length: 32 })
  groupName: string;

  @Column({ name: 'default_level', type: 'int' })
  defaultLevel: EventLevel;

  @Column({ name: 'department_code', type: 'varchar', length: 32, nullable: true })
  departmentCode: string | null;

  @Column({ name: 'sign_hours', type: 'int' })
  signHours: number;

  @Column({ name: 'handle_hours', type: 'int' })
  handleHours: number;

  @Column({ type: 'boolean', width: 1, default: true })
  enabled: boolean;

  @Column({ type: 'int', default: 0 })
  sort: number;
}

import { Column, Entity, EntityManager, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { GridStaffRole } from '@linli/config';

/** Who serves a grid and in which capacity (leader, full-time, part-time, instructor, liaison). */
@Entity('grid_staff')
@Index('uq_grid_staff', ['gridId', 'accountId', 'role'], { unique: true })
@Index('idx_grid_staff_account', ['accountId'])
export class GridStaff {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'grid_id', type: 'int' })
  gridId: number;

  @Column({ name: 'account_id', type: 'int' })
  accountId: number;

  @Column({ type: 'varchar', length: 16 })
  role: GridStaffRole;
}

/** Who receives a grid's level-1 events: its full-time worker, else its leader. */
export async function gridWorker(m: EntityManager, gridId: number): Promise<number | null> {
  const staff = await m.find(GridStaff, { where: { gridId } });
  return (staff.find((s) => s.role === 'worker') ?? staff.find((s) => s.role === 'leader'))?.accountId ?? null;
}

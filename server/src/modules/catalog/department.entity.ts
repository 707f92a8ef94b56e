import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A functional department (职能部门) of a district that handles level-4 events. */
@Entity('department')
@Index('uq_department_code', ['regionId', 'code'], { unique: true })
export class Department {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 32 })
  code: string;

  @Column({ type: 'varchar', length: 64 })
  name: string;

  /** The district the department belongs to. */
  @Column({ name: 'region_id', type: 'int' })
  regionId: number;
}

import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A ready-made public reply; region_path null = everywhere, else for that region's subtree. */
@Entity('canned_reply')
@Index('idx_canned_reply_region', ['regionPath'])
export class CannedReply {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'region_path', type: 'varchar', length: 255, nullable: true })
  regionPath: string | null;

  @Column({ type: 'varchar', length: 500 })
  text: string;

  @Column({ type: 'integer', default: 0 })
  sort: number;
}

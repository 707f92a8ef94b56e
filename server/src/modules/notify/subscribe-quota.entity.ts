import { Column, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * WeChat lets a mini-program send one subscribe message per "allow" the user tapped (一次性订阅).
 * We count the allows per template and spend one per message, so we never call WeChat for a user
 * who did not opt in (it would answer 43101) and never send more than the user allowed.
 */
@Entity('subscribe_quota')
@Index('uq_subscribe_quota', ['accountId', 'templateId'], { unique: true })
export class SubscribeQuota {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'account_id', type: 'integer' })
  accountId: number;

  @Column({ name: 'template_id', type: 'varchar', length: 64 })
  templateId: string;

  @Column({ type: 'integer', default: 0 })
  remaining: number;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt: Date;
}

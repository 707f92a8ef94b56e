import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { AccountStatus, Role } from '@linli/config';

/**
 * Residents, volunteers and staff. Personal data is never stored in clear: the phone is
 * AES-GCM encrypted (phone_enc) with an HMAC for lookups (phone_hash), and the WeChat
 * session_key likewise. Staff have a scope root (region_id/region_path) they may act in.
 */
@Entity('account')
@Index('uq_account_username', ['username'], { unique: true })
@Index('uq_account_openid', ['openid'], { unique: true })
@Index('idx_account_phone_hash', ['phoneHash'])
@Index('idx_account_region_path', ['regionPath'])
@Index('idx_account_role', ['role'])
export class Account {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 24 })
  role: Role;

  @Column({ type: 'varchar', length: 16, default: 'active' })
  status: AccountStatus;

  @Column({ type: 'varchar', length: 64, nullable: true })
  username: string | null;

  @Column({ name: 'password_hash', type: 'varchar', length: 255, nullable: true })
  passwordHash: string | null;

  /** Real name of staff; residents use nickname. */
  @Column({ type: 'varchar', length: 64, default: '' })
  name: string;

  @Column({ type: 'varchar', length: 64, default: '' })
  nickname: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  openid: string | null;

  @Column({ name: 'session_key_enc', type: 'varchar', length: 255, nullable: true })
  sessionKeyEnc: string | null;

  @Column({ name: 'phone_enc', type: 'varchar', length: 255, nullable: true })
  phoneEnc: string | null;

  @Column({ name: 'phone_hash', type: 'varchar', length: 64, nullable: true })
  phoneHash: string | null;

  @Column({ name: 'phone_masked', type: 'varchar', length: 16, nullable: true })
  phoneMasked: string | null;

  @Column({ name: 'region_id', type: 'int', nullable: true })
  regionId: number | null;

  @Column({ name: 'region_path', type: 'varchar', length: 255, nullable: true })
  regionPath: string | null;

  @Column({ name: 'department_id', type: 'int', nullable: true })
  departmentId: number | null;

  @Column({ name: 'failed_logins', type: 'int', default: 0 })
  failedLogins: number;

  @Column({ name: 'locked_until', type: 'datetime', nullable: true })
  lockedUntil: Date | null;

  @Column({ name: 'last_login_at', type: 'datetime', nullable: true })
  lastLoginAt: Date | null;

  /** Version of the user agreement and privacy policy the user accepted, and when (proof of consent). */
  @Column({ name: 'consent_version', type: 'varchar', length: 16, nullable: true })
  consentVersion: string | null;

  @Column({ name: 'consent_at', type: 'datetime', nullable: true })
  consentAt: Date | null;

  /** Bumped on logout-everywhere, password change and deletion: older tokens stop working. */
  @Column({ name: 'token_version', type: 'int', default: 0 })
  tokenVersion: number;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt: Date;
}

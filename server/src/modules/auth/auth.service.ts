import { Config, Inject, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { InjectEntityModel } from '@midwayjs/typeorm';
import { JwtService } from '@midwayjs/jwt';
import { Repository } from 'typeorm';
import { isStaff } from '@linli/config';
import { Account } from '../account/account.entity';
import { AccountService } from '../account/account.service';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../../common/app-error';
import { dummyHash, verifyPassword } from '../../common/password';
import { CryptoService } from '../../common/crypto.service';
import { WechatClient } from '../wechat/wechat.client';
import type { TokenClaims } from '../../common/auth.middleware';

interface LoginPolicy { maxFailures: number; lockMinutes: number }

/** Console password login with lockout, and WeChat login for the mini-program. */
@Provide()
@Scope(ScopeEnum.Singleton)
export class AuthService {
  @InjectEntityModel(Account)
  repo: Repository<Account>;

  @Inject() accounts: AccountService;
  @Inject() audit: AuditService;
  @Inject() jwt: JwtService;
  @Inject() crypto: CryptoService;
  @Inject() wechat: WechatClient;

  @Config('linli.login') policy: LoginPolicy;
  @Config('linli.staffTokenHours') staffTokenHours: number;
  @Config('linli.userTokenDays') userTokenDays: number;

  async staffLogin(username: string, password: string, ip: string) {
    const a = await this.repo.findOneBy({ username });
    if (!a || !isStaff(a.role) || a.status === 'deleted') {
      await verifyPassword(password, await dummyHash()); // same cost as a real check: no user enumeration by timing
      throw new AppError('LOGIN_FAILED');
    }
    if (a.lockedUntil && a.lockedUntil.getTime() > Date.now()) {
      await this.audit.record({ actorId: a.id, action: 'login.refused_locked', ip });
      throw new AppError('ACCOUNT_LOCKED');
    }
    if (!(await verifyPassword(password, a.passwordHash))) throw await this.failedLogin(a, ip);
    if (a.status !== 'active') throw new AppError('ACCOUNT_DISABLED');
    await this.repo.update({ id: a.id }, { failedLogins: 0, lockedUntil: null, lastLoginAt: new Date() });
    await this.audit.record({ actorId: a.id, action: 'login.success', ip });
    const token = await this.sign({ sub: a.id, kind: 'staff', tv: a.tokenVersion }, `${this.staffTokenHours}h`);
    return { token, user: await this.accounts.staffProfile(a) };
  }

  /** Counts the failure atomically (parallel guesses cannot slip past the limit) and locks at the limit. */
  private async failedLogin(a: Account, ip: string): Promise<AppError> {
    await this.repo.increment({ id: a.id }, 'failedLogins', 1);
    const { failedLogins } = await this.repo.findOneByOrFail({ id: a.id });
    await this.audit.record({ actorId: a.id, action: 'login.failed', ip, detail: { failedLogins } });
    if (failedLogins < this.policy.maxFailures) return new AppError('LOGIN_FAILED');
    const until = new Date(Date.now() + this.policy.lockMinutes * 60_000);
    await this.repo.update({ id: a.id }, { lockedUntil: until, failedLogins: 0 });
    await this.audit.record({ actorId: a.id, action: 'login.locked', ip, detail: { until: until.toISOString() } });
    return new AppError('ACCOUNT_LOCKED');
  }

  /** code → openid through WeChat; the session_key is kept encrypted on the server and never returned. */
  async wechatLogin(code: string, agreementVersion?: string, ip?: string) {
    const s = await this.wechat.code2Session(code);
    let a = await this.repo.findOneBy({ openid: s.openid });
    if (!a) a = await this.createResident(s.openid);
    if (a.status !== 'active') throw new AppError('ACCOUNT_DISABLED');
    await this.repo.update({ id: a.id }, { sessionKeyEnc: this.crypto.encrypt(s.sessionKey), lastLoginAt: new Date() });
    if (agreementVersion && agreementVersion !== a.consentVersion) {
      a.consentVersion = agreementVersion;
      a.consentAt = new Date();
      await this.repo.update({ id: a.id }, { consentVersion: a.consentVersion, consentAt: a.consentAt });
      await this.audit.record({ actorId: a.id, action: 'consent.accepted', detail: { version: agreementVersion }, ip });
    }
    const token = await this.sign({ sub: a.id, kind: 'user', tv: a.tokenVersion }, `${this.userTokenDays}d`);
    return { token, user: await this.accounts.residentProfile(a) };
  }

  /** Two first logins of the same user may race: the unique openid index decides, the loser reads the winner. */
  private async createResident(openid: string): Promise<Account> {
    try {
      const a = this.repo.create({ role: 'resident', openid, nickname: `邻里用户${openid.slice(-4)}` });
      return await this.repo.save(a);
    } catch (err) {
      const existing = await this.repo.findOneBy({ openid });
      if (existing) return existing;
      throw err;
    }
  }

  async bindPhone(accountId: number, code: string) {
    const a = await this.accounts.getActive(accountId);
    const phone = await this.wechat.phoneNumber(code);
    return this.accounts.residentProfile(await this.accounts.setPhone(a, phone));
  }

  async logoutEverywhere(accountId: number): Promise<void> {
    await this.repo.increment({ id: accountId }, 'tokenVersion', 1);
  }

  private sign(claims: TokenClaims, expiresIn: `${number}${'h' | 'd'}`): Promise<string> {
    return this.jwt.sign({ ...claims }, { expiresIn }) as Promise<string>;
  }
}

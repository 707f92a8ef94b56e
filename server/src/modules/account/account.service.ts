import { Inject, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { InjectEntityModel } from '@midwayjs/typeorm';
import { In, Repository } from 'typeorm';
import { ResidentProfile, ROLE_LABELS, ROLE_PERMISSIONS, StaffProfile, isStaff } from '@linli/config';
import { Account } from './account.entity';
import { Actor } from '../../common/actor';
import { AppError } from '../../common/app-error';
import type { TokenClaims } from '../../common/auth.middleware';
import { Region } from '../region/region.entity';
import { Department } from '../catalog/department.entity';
import { CryptoService } from '../../common/crypto.service';

/** Accounts as the rest of the server sees them: actors, profiles and personal-data changes. */
@Provide()
@Scope(ScopeEnum.Singleton)
export class AccountService {
  @InjectEntityModel(Account)
  repo: Repository<Account>;

  @InjectEntityModel(Region)
  regions: Repository<Region>;

  @InjectEntityModel(Department)
  departments: Repository<Department>;

  @Inject()
  crypto: CryptoService;

  async actorFor(claims: TokenClaims): Promise<Actor | null> {
    const a = await this.repo.findOneBy({ id: claims.sub });
    if (!a || a.status !== 'active' || a.tokenVersion !== claims.tv) return null;
    if (claims.kind === 'staff' && (!isStaff(a.role) || !a.regionPath)) return null;
    return {
      id: a.id,
      role: a.role,
      kind: claims.kind,
      name: a.name || a.nickname,
      scopePath: isStaff(a.role) ? a.regionPath : null,
      regionId: a.regionId,
      departmentId: a.departmentId,
    };
  }

  async getActive(id: number): Promise<Account> {
    const a = await this.repo.findOneBy({ id });
    if (!a || a.status !== 'active') throw new AppError('TOKEN_INVALID');
    return a;
  }

  async staffProfile(a: Account): Promise<StaffProfile> {
    const region = await this.regions.findOneByOrFail({ id: a.regionId! });
    const dept = a.departmentId ? await this.departments.findOneBy({ id: a.departmentId }) : null;
    return {
      id: a.id,
      username: a.username ?? '',
      name: a.name,
      role: a.role,
      roleLabel: ROLE_LABELS[a.role],
      phoneMasked: a.phoneMasked,
      permissions: [...ROLE_PERMISSIONS[a.role]],
      scope: { regionId: region.id, regionName: region.name, regionLevel: region.level, path: region.path },
      department: dept ? { id: dept.id, name: dept.name } : null,
    };
  }

  async residentProfile(a: Account): Promise<ResidentProfile> {
    let staff: ResidentProfile['staff'] = null;
    if (isStaff(a.role) && a.regionId) {
      const region = await this.regions.findOneBy({ id: a.regionId });
      staff = { role: a.role, roleLabel: ROLE_LABELS[a.role], regionName: region?.name ?? '' };
    }
    return {
      id: a.id,
      nickname: a.nickname || a.name,
      role: a.role,
      roleLabel: ROLE_LABELS[a.role],
      phoneMasked: a.phoneMasked,
      phoneBound: !!a.phoneEnc,
      agreementVersion: a.consentVersion,
      staff,
      createdAt: a.createdAt.toISOString(),
    };
  }

  async setPhone(a: Account, phone: string): Promise<Account> {
    a.phoneEnc = this.crypto.encrypt(phone);
    a.phoneHash = this.crypto.lookupHash(phone);
    a.phoneMasked = `${phone.slice(0, 3)}****${phone.slice(-4)}`;
    return this.repo.save(a);
  }

  async updateNickname(a: Account, nickname: string): Promise<Account> {
    a.nickname = nickname;
    return this.repo.save(a);
  }

  /**
   * Account deletion (PIPL right to erasure): personal data and the WeChat link are wiped, every
   * token is revoked; the row stays so that records it authored keep a (now anonymous) author.
   */
  async erase(a: Account): Promise<void> {
    await this.repo.update(
      { id: a.id },
      {
        status: 'deleted', openid: null, sessionKeyEnc: null, phoneEnc: null, phoneHash: null, phoneMasked: null,
        nickname: '已注销用户', name: '', tokenVersion: a.tokenVersion + 1,
      },
    );
  }

  async namesByIds(ids: number[]): Promise<Map<number, Account>> {
    if (!ids.length) return new Map();
    const rows = await this.repo.findBy({ id: In(ids) });
    return new Map(rows.map((r) => [r.id, r]));
  }
}

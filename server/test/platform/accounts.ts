import { Role } from '@linli/config';
import { DEMO_PASSWORD } from '../app';
import { people, T } from '../event/helpers';
import { hashPassword } from '../../src/common/password';
import { Account } from '../../src/modules/account/account.entity';
import { Region } from '../../src/modules/region/region.entity';

let hash: Promise<string> | undefined;

/**
 * A staff account of this test file's own (the demo logins are shared: on MariaDB every test file uses one
 * database, and logging out, lockouts or erasure would reach the other files), signed in.
 */
export async function ownStaff(t: T, username: string, role: Role, scope: Region, extra: Partial<Account> = {}): Promise<string> {
  const repo = t.db.getRepository(Account);
  if (!(await repo.findOneBy({ username }))) {
    hash ??= hashPassword(DEMO_PASSWORD); // one slow hash for all of them
    await repo.insert({ username, role, passwordHash: await hash, name: `测试${role}`, regionId: scope.id, regionPath: scope.path, ...extra });
  }
  return people(t).staff(username);
}

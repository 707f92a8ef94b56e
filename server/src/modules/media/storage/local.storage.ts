import { randomBytes } from 'crypto';
import { promises as fs } from 'fs';
import { dirname, join } from 'path';
import { assertKey, ObjectNotFoundError, ObjectStorage } from './storage';

/** Files under one directory. Writes go to a temp name and are renamed, so a reader never sees half a photo. */
export class LocalStorage implements ObjectStorage {
  readonly kind = 'local' as const;

  constructor(readonly root: string) {}

  path(key: string): string {
    return join(this.root, assertKey(key));
  }

  async put(key: string, body: Buffer): Promise<void> {
    const file = this.path(key);
    await fs.mkdir(dirname(file), { recursive: true });
    const tmp = `${file}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      // 0o640: photos are personal data, not world-readable on a shared host
      await fs.writeFile(tmp, body, { flag: 'wx', mode: 0o640 });
      await fs.rename(tmp, file);
    } catch (err) {
      await fs.rm(tmp, { force: true }).catch(() => undefined);
      throw err;
    }
  }

  async get(key: string) {
    const file = this.path(key);
    const handle = await fs.open(file, 'r').catch((err: NodeJS.ErrnoException) => {
      throw err.code === 'ENOENT' ? new ObjectNotFoundError(key) : err;
    });
    try {
      const { size } = await handle.stat();
      return { body: handle.createReadStream(), size };
    } catch (err) {
      await handle.close();
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    await fs.rm(this.path(key), { force: true });
  }
}

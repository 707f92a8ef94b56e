import { Config, Init, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import type { MediaConfig } from '../media.config';
import { LocalStorage } from './local.storage';
import { S3Storage } from './s3.storage';
import type { ObjectStorage } from './storage';

/**
 * The one storage backend of the process, chosen from config: S3-compatible when LINLI_S3_ENDPOINT is set,
 * else local disk. A singleton holder (not the storage itself) so tests can swap in a failing or fake store.
 */
@Provide()
@Scope(ScopeEnum.Singleton)
export class MediaStorageProvider {
  @Config('linli.media') cfg: MediaConfig;

  storage: ObjectStorage;

  @Init()
  async init() {
    this.storage = this.cfg.s3 ? new S3Storage(this.cfg.s3) : new LocalStorage(this.cfg.dir);
  }
}

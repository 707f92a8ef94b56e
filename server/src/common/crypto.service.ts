import { Config, Init, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'crypto';

/**
 * Encryption of personal data at rest (AES-256-GCM, authenticated) and keyed hashes for lookups,
 * both from one secret LINLI_DATA_KEY through HKDF so the two keys never coincide.
 * Ciphertext format: "v1:<iv>:<tag>:<data>" (base64url), so a later key version can be added.
 */
@Provide()
@Scope(ScopeEnum.Singleton)
export class CryptoService {
  @Config('linli.dataKey')
  dataKey: string;

  private encKey: Buffer;
  private macKey: Buffer;

  @Init()
  init() {
    if (this.dataKey.length < 32) throw new Error('LINLI_DATA_KEY must be at least 32 characters');
    const ikm = Buffer.from(this.dataKey, 'utf8');
    this.encKey = Buffer.from(hkdfSync('sha256', ikm, 'linli', 'field-encryption', 32));
    this.macKey = Buffer.from(hkdfSync('sha256', ikm, 'linli', 'lookup-hmac', 32));
  }

  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const c = createCipheriv('aes-256-gcm', this.encKey, iv);
    const data = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
    return ['v1', iv.toString('base64url'), c.getAuthTag().toString('base64url'), data.toString('base64url')].join(':');
  }

  decrypt(box: string): string {
    const [v, iv, tag, data] = box.split(':');
    if (v !== 'v1' || !iv || !tag || data === undefined) throw new Error('unknown ciphertext format');
    const d = createDecipheriv('aes-256-gcm', this.encKey, Buffer.from(iv, 'base64url'));
    d.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([d.update(Buffer.from(data, 'base64url')), d.final()]).toString('utf8');
  }

  /** Deterministic keyed hash for equality lookups of encrypted values (e.g. find by phone). */
  lookupHash(value: string): string {
    return createHmac('sha256', this.macKey).update(value).digest('hex');
  }
}

import {
  createDecipheriv,
  createHash,
  generateKeyPairSync,
  privateDecrypt,
  constants,
} from 'node:crypto';
import { LensError, type OutboxSealer, type ReporterVault, type Store } from '@lens/core';

const SETTING = 'outbox-key';

interface StoredKey {
  readonly keyId: string;
  /** SubjectPublicKeyInfo, DER, base64: what WebCrypto imports as 'spki'. */
  readonly spki: string;
  /** The private key (PKCS#8 PEM), sealed with the reporter vault. */
  readonly vaultKeyId: string;
  readonly sealedPrivate: string;
}

/**
 * The outbox key pair (RSA-OAEP 3072, SHA-256): created once per installation on first use (one
 * server at a time), its private half sealed at rest with the reporter keys. Devices wrap a fresh
 * AES-256-GCM key per report with the public half, so what waits on a device can be opened only
 * here — not by whoever holds the phone.
 */
export function outboxSealer(store: Store, vault: () => ReporterVault): OutboxSealer {
  let memo: StoredKey | undefined;
  const load = async (): Promise<StoredKey> => {
    if (memo) return memo;
    const read = async () => {
      const v = await store.settings.get(SETTING);
      return v ? (JSON.parse(v) as StoredKey) : undefined;
    };
    memo =
      (await read()) ??
      (await store.exclusive(SETTING, async () => {
        const again = await read();
        if (again) return again;
        const pair = generateKeyPairSync('rsa', { modulusLength: 3072 });
        const spki = pair.publicKey.export({ type: 'spki', format: 'der' });
        const pem = pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
        const sealed = vault().seal(pem);
        const key: StoredKey = {
          keyId: createHash('sha256').update(spki).digest('hex').slice(0, 16),
          spki: spki.toString('base64'),
          vaultKeyId: sealed.keyId,
          sealedPrivate: sealed.sealed,
        };
        await store.settings.set(SETTING, JSON.stringify(key), 'lens', new Date().toISOString());
        return key;
      }));
    return memo!;
  };
  return {
    async publicKey() {
      const k = await load();
      return { keyId: k.keyId, spki: k.spki };
    },
    async open(e) {
      const k = await load();
      if (e.keyId !== k.keyId)
        throw new LensError(
          'invalid',
          'This report was sealed for a key this server does not hold; sign in again and send it',
        );
      try {
        const aesKey = privateDecrypt(
          {
            key: vault().open(k.vaultKeyId, k.sealedPrivate),
            padding: constants.RSA_PKCS1_OAEP_PADDING,
            oaepHash: 'sha256',
          },
          Buffer.from(e.wrappedKey, 'base64'),
        );
        const data = Buffer.from(e.data, 'base64');
        const decipher = createDecipheriv('aes-256-gcm', aesKey, Buffer.from(e.iv, 'base64'));
        decipher.setAuthTag(data.subarray(data.length - 16));
        return new Uint8Array(
          Buffer.concat([decipher.update(data.subarray(0, data.length - 16)), decipher.final()]),
        );
      } catch {
        throw new LensError(
          'invalid',
          'The sealed report could not be opened (damaged or altered)',
        );
      }
    },
  };
}

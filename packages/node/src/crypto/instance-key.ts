import {
  createHash,
  generateKeyPairSync,
  createPrivateKey,
  createPublicKey,
  sign,
  verify,
} from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * This instance's Ed25519 signing key for sharing with partner instances (issue 22), kept in a
 * file outside the database like the reporter keys (`LENS_INSTANCE_KEY_FILE`, default
 * var/instance-key.pem, created with mode 0600 on first use). Only the public key and its id
 * ever leave the instance.
 */
export const DEFAULT_INSTANCE_KEY = 'var/instance-key.pem';

export interface InstanceKey {
  readonly file: string;
  /** The public key, PEM (SPKI): what partners register. */
  readonly publicKey: string;
  /** The first 16 hex digits of the public key's sha256: named in every bundle signed. */
  readonly keyId: string;
  readonly sign: (data: string) => string;
}

export const keyIdOfPublicKey = (publicKeyPem: string): string =>
  createHash('sha256').update(publicKeyPem.trim()).digest('hex').slice(0, 16);

/** Whether `signature` (base64) is `publicKeyPem`'s Ed25519 signature of `data`. */
export function verifyEd25519(publicKeyPem: string, data: string, signature: string): boolean {
  try {
    return verify(
      null,
      Buffer.from(data),
      createPublicKey(publicKeyPem),
      Buffer.from(signature, 'base64'),
    );
  } catch {
    return false;
  }
}

export function instanceKey(env: NodeJS.ProcessEnv = process.env): InstanceKey {
  const file = path.resolve(env.LENS_INSTANCE_KEY_FILE ?? DEFAULT_INSTANCE_KEY);
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    const { privateKey } = generateKeyPairSync('ed25519');
    writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), {
      mode: 0o600,
      flag: 'wx',
    });
  }
  const privateKey = createPrivateKey(readFileSync(file, 'utf8'));
  const publicKey = createPublicKey(privateKey)
    .export({ type: 'spki', format: 'pem' })
    .toString()
    .trim();
  return {
    file,
    publicKey,
    keyId: keyIdOfPublicKey(publicKey),
    sign: (data) => sign(null, Buffer.from(data), privateKey).toString('base64'),
  };
}

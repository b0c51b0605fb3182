import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ReporterVault } from '@lens/core';

/**
 * Reporters' identities sealed with AES-256-GCM. Keys never enter the database: they come from
 * `LENS_REPORTER_KEY` (base64, 32 bytes) or from a keyring file (`LENS_REPORTER_KEY_FILE`, default
 * `var/reporter-keys`): one `keyId base64key` per line, the last line the current key. A sealed
 * value is base64(iv | tag | ciphertext) with the key id as additional authenticated data, so a
 * value cannot be moved to another key's slot unnoticed.
 */

const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface Keyring {
  readonly keys: ReadonlyMap<string, Buffer>;
  readonly currentKeyId: string;
}

export function vaultFromKeyring(ring: Keyring): ReporterVault {
  const current = ring.keys.get(ring.currentKeyId);
  if (!current) throw new Error(`the reporter keyring has no key ${ring.currentKeyId}`);
  const sealRaw = (plain: Buffer): Buffer => {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', current, iv);
    cipher.setAAD(Buffer.from(ring.currentKeyId));
    const body = Buffer.concat([cipher.update(plain), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]);
  };
  const openRaw = (keyId: string, raw: Buffer): Buffer => {
    const key = ring.keys.get(keyId);
    if (!key) throw new Error(`reporter key ${keyId} is not in the keyring`);
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(keyId));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
  };
  return {
    currentKeyId: ring.currentKeyId,
    seal: (plaintext) => ({
      keyId: ring.currentKeyId,
      sealed: sealRaw(Buffer.from(plaintext, 'utf8')).toString('base64'),
    }),
    open: (keyId, sealed) => openRaw(keyId, Buffer.from(sealed, 'base64')).toString('utf8'),
    sealBytes: (plain) => ({
      keyId: ring.currentKeyId,
      sealed: new Uint8Array(sealRaw(Buffer.from(plain))),
    }),
    openBytes: (keyId, sealed) => new Uint8Array(openRaw(keyId, Buffer.from(sealed))),
  };
}

const keyIdOf = (key: Buffer) => createHash('sha256').update(key).digest('hex').slice(0, 12);

function parseKey(b64: string, where: string): Buffer {
  const key = Buffer.from(b64.trim(), 'base64');
  if (key.length !== KEY_BYTES)
    throw new Error(`${where}: a reporter key must be ${KEY_BYTES} bytes, base64-encoded`);
  return key;
}

export function readKeyring(file: string): Keyring {
  const keys = new Map<string, Buffer>();
  let currentKeyId = '';
  readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .forEach((line, i) => {
      const [id, b64] = line.split(/\s+/);
      if (!id || !b64) throw new Error(`${file}, line ${i + 1}: expected "keyId base64key"`);
      keys.set(id, parseKey(b64, `${file}, line ${i + 1}`));
      currentKeyId = id;
    });
  if (keys.size === 0) throw new Error(`${file}: no reporter key`);
  return { keys, currentKeyId };
}

/** Adds a new random key to the keyring file (creating it, mode 0600); it becomes the current key. */
export function addKeyToRing(file: string): string {
  const key = randomBytes(KEY_BYTES);
  const id = keyIdOf(key);
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const before = existsSync(file)
    ? readFileSync(file, 'utf8')
    : '# Lens reporter keys: keep out of the database and its backups\n';
  writeFileSync(
    file,
    `${before.endsWith('\n') ? before : `${before}\n`}${id} ${key.toString('base64')}\n`,
    {
      mode: 0o600,
    },
  );
  chmodSync(file, 0o600);
  return id;
}

export const DEFAULT_KEYRING = 'var/reporter-keys';

/**
 * The vault the environment configures: `LENS_REPORTER_KEY`, else the keyring file. With
 * `create`, a missing keyring file is made with a fresh key (the first start).
 */
export function configuredVault(
  env: NodeJS.ProcessEnv = process.env,
  options: { create?: boolean } = {},
): { vault: ReporterVault; source: string; created: boolean } {
  if (env.LENS_REPORTER_KEY) {
    const key = parseKey(env.LENS_REPORTER_KEY, 'LENS_REPORTER_KEY');
    const id = `env-${keyIdOf(key)}`;
    return {
      vault: vaultFromKeyring({ keys: new Map([[id, key]]), currentKeyId: id }),
      source: 'LENS_REPORTER_KEY',
      created: false,
    };
  }
  const file = path.resolve(env.LENS_REPORTER_KEY_FILE ?? DEFAULT_KEYRING);
  let created = false;
  if (!existsSync(file)) {
    if (!options.create)
      throw new Error(
        `No reporter key: set LENS_REPORTER_KEY or LENS_REPORTER_KEY_FILE (${file} does not exist)`,
      );
    addKeyToRing(file);
    created = true;
  }
  return { vault: vaultFromKeyring(readKeyring(file)), source: file, created };
}

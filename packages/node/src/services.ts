import { createHash, randomBytes } from 'node:crypto';
import { hash as argonHash, verify as argonVerify } from '@node-rs/argon2';
import type { Clock, Crypto, PasswordHasher } from '@lens/core';

export const systemClock: Clock = { now: () => new Date() };

export const nodeCrypto: Crypto = {
  sha256Hex: (text) => createHash('sha256').update(text, 'utf8').digest('hex'),
  randomToken: (bytes) => randomBytes(bytes).toString('base64url'),
};

/** Argon2id with OWASP's 2023 minimum (19 MiB, 2 passes); tests may lower the cost. */
export function argon2Passwords(
  cost: { memoryCost: number; timeCost: number } = { memoryCost: 19_456, timeCost: 2 },
): PasswordHasher {
  return {
    hash: (password) => argonHash(password, { ...cost, parallelism: 1 }),
    verify: async (hash, password) => {
      try {
        return await argonVerify(hash, password);
      } catch {
        return false;
      }
    },
  };
}

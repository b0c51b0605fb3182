import type { z } from 'zod';
import type { OutboxKeyResponse, SealedReportRequest } from './report-schemas';

/** The server's public outbox key, as a device keeps it. */
export type OutboxKey = z.infer<typeof OutboxKeyResponse>;
/** A report sealed on a device, as it waits there and as it is sent. */
export type SealedReport = z.infer<typeof SealedReportRequest>;

/** A file in a sealed report, as the device holds it. */
export interface SealedFile {
  readonly name: string;
  readonly type: string;
  readonly bytes: Uint8Array;
}

const toBase64 = (bytes: Uint8Array): string => {
  let s = '';
  // In slices: String.fromCharCode(...all) overflows the stack for photos.
  for (let i = 0; i < bytes.length; i += 0x8000)
    s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
};
const fromBase64 = (s: string): Uint8Array<ArrayBuffer> =>
  Uint8Array.from(atob(s), (c) => c.charCodeAt(0));

/**
 * Seals a report (and its files) for the server's outbox key with WebCrypto, as the device does
 * before a report waits for a connection: a fresh AES-256-GCM key per report, wrapped with the
 * server's RSA-OAEP (SHA-256) public key. Only the server that issued the key can open it; the
 * device keeps neither the plaintext nor a key that opens it. Runs in browsers and in Node 20.
 */
export async function sealReport(
  key: OutboxKey,
  report: unknown,
  files: readonly SealedFile[],
): Promise<SealedReport> {
  const subtle = globalThis.crypto.subtle;
  const serverKey = await subtle.importKey(
    'spki',
    fromBase64(key.spki),
    { name: 'RSA-OAEP', hash: 'SHA-256' },
    false,
    ['wrapKey'],
  );
  const aes = await subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt']);
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const plain = new TextEncoder().encode(
    JSON.stringify({
      report,
      files: files.map((f) => ({ name: f.name, type: f.type, data: toBase64(f.bytes) })),
    }),
  );
  const data = new Uint8Array(await subtle.encrypt({ name: 'AES-GCM', iv }, aes, plain));
  const wrapped = new Uint8Array(await subtle.wrapKey('raw', aes, serverKey, { name: 'RSA-OAEP' }));
  return {
    keyId: key.keyId,
    wrappedKey: toBase64(wrapped),
    iv: toBase64(iv),
    data: toBase64(data),
  };
}

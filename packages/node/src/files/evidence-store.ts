import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { EvidenceStore } from '@lens/core';

export const DEFAULT_EVIDENCE_DIR = 'var/evidence';

/**
 * Attachment files on disk, named by the sha256 of their stored bytes (so a file is written once
 * and any change is visible), written to a temporary name, flushed, then renamed into place.
 */
export function fileEvidenceStore(
  dir = process.env.LENS_EVIDENCE_DIR ?? DEFAULT_EVIDENCE_DIR,
): EvidenceStore {
  const root = path.resolve(dir);
  const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
  const where = (ref: string) => {
    if (!/^[0-9a-f]{64}$/.test(ref)) throw new Error(`not an evidence reference: ${ref}`);
    return path.join(root, ref.slice(0, 2), ref);
  };
  return {
    sha256,
    async put(bytes) {
      const ref = sha256(bytes);
      const file = where(ref);
      // Folders 0700, files 0600: evidence is readable by the server's account only.
      await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
      // One temporary name per write: reports arriving together with the same photo write the
      // same bytes to the same final name, each through its own temporary file.
      const tmp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
      await writeFile(tmp, bytes, { mode: 0o600, flush: true });
      await rename(tmp, file);
      return ref;
    },
    async get(ref) {
      return new Uint8Array(await readFile(where(ref)));
    },
  };
}

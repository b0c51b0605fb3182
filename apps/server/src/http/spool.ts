import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** A file spooled to disk: where it is and what opens it (held in memory only). */
export interface SpooledFile {
  readonly file: string;
  readonly key: Buffer;
  readonly iv: Buffer;
  readonly tag: Buffer;
  readonly size: number;
}

/**
 * Where an upload's files wait on disk while they arrive (slow phones take minutes), instead of in
 * memory. What reaches the disk is encrypted with a key that lives only in this process's memory
 * (AES-256-GCM, a fresh key per file): a photo with its GPS position, left behind by a crash or
 * a power cut, is unreadable. The folder is the requester's own (0700, files 0600) and removed when
 * the request ends.
 */
export class Spool {
  private constructor(private readonly dir: string) {}
  private count = 0;

  static async open(root: string = tmpdir()): Promise<Spool> {
    return new Spool(await mkdtemp(path.join(root, 'lens-upload-')));
  }

  /** Writes a stream to disk, encrypted, as it arrives. */
  async write(stream: Readable): Promise<SpooledFile> {
    const key = randomBytes(32);
    const iv = randomBytes(12);
    const file = path.join(this.dir, String(++this.count));
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    let size = 0;
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
    });
    await pipeline(stream, cipher, createWriteStream(file, { mode: 0o600, flags: 'wx' }));
    return { file, key, iv, tag: cipher.getAuthTag(), size };
  }

  /** A spooled file's bytes, checked against its tag. */
  async read(f: SpooledFile): Promise<Uint8Array> {
    const decipher = createDecipheriv('aes-256-gcm', f.key, f.iv);
    decipher.setAuthTag(f.tag);
    const sealed = await readFile(f.file);
    return new Uint8Array(Buffer.concat([decipher.update(sealed), decipher.final()]));
  }

  /** Removes the folder and everything in it. */
  async close(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
  }
}

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Spool } from './spool';

describe('the upload spool', () => {
  it('keeps an arriving file on disk encrypted, gives it back whole, and leaves nothing behind', async () => {
    const secret = Buffer.from('GPSLatitude 4.3612N GPSLongitude 18.5550E '.repeat(5000));
    const spool = await Spool.open();
    // Arriving in pieces, as from a slow connection.
    const pieces = Array.from({ length: 20 }, (_, i) =>
      secret.subarray((i * secret.length) / 20, ((i + 1) * secret.length) / 20),
    );
    const f = await spool.write(Readable.from(pieces));
    expect(f.size).toBe(secret.length);
    const onDisk = readFileSync(f.file);
    expect(onDisk.length).toBe(secret.length);
    expect(onDisk.includes(Buffer.from('GPSLatitude'))).toBe(false);
    expect(statSync(f.file).mode & 0o777).toBe(0o600);
    const dir = f.file.slice(0, f.file.lastIndexOf('/'));
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(Buffer.from(await spool.read(f)).equals(secret)).toBe(true);
    // An altered file is refused, not given back changed.
    const tampered = { ...f, tag: Buffer.alloc(16) };
    await expect(spool.read(tampered)).rejects.toThrow();
    await spool.close();
    expect(existsSync(dir)).toBe(false);
    expect(readdirSync(dir.slice(0, dir.lastIndexOf('/'))).includes(dir)).toBe(false);
  });
});

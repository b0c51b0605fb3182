import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BlockList } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboundPolicy } from './outbound-address';
import { postOutbound } from './outbound-post';

describe('webhook delivery connects only to the address it checked', () => {
  let server: Server;
  let port = 0;
  let received = 0;
  beforeAll(async () => {
    server = createServer((req, res) => {
      received++;
      req.resume();
      req.on('end', () => res.writeHead(204).end());
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('refuses a name that resolved to a public address when checked and to 127.0.0.1 when connecting (DNS rebinding)', async () => {
    let asked = 0;
    // The attacker's name server: a public address first, the server's own loopback after.
    const policy = outboundPolicy(new BlockList(), () =>
      Promise.resolve(asked++ === 0 ? ['93.184.216.34'] : ['127.0.0.1']),
    );
    const url = `http://rebind.example:${port}/hook`;
    expect(await policy.check(url)).toBeNull();
    await expect(
      postOutbound(url, { 'content-type': 'application/json' }, '{}', {
        timeoutMs: 2000,
        lookup: policy.lookup,
      }),
    ).rejects.toThrow(/private or local address \(127\.0\.0\.1\) when connecting/);
    expect(received).toBe(0);
  });

  it('delivers when the operator allows the range, to the address it checked', async () => {
    const allowed = new BlockList();
    allowed.addSubnet('127.0.0.0', 8, 'ipv4');
    const policy = outboundPolicy(allowed, () => Promise.resolve(['127.0.0.1']));
    const status = await postOutbound(
      `http://receiver.internal:${port}/hook`,
      { 'content-type': 'application/json' },
      '{"id":1}',
      { timeoutMs: 2000, lookup: policy.lookup },
    );
    expect(status).toBe(204);
    expect(received).toBe(1);
  });
});

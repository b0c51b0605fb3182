import { connect } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeOnSqlite } from '@lens/db/testing';
import { createTestApp, type TestApp } from '../testing';

/** Opens a raw connection, sends `head` and waits until the server answers or closes. */
function trickle(port: number, head: string): Promise<{ answer: string; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    let answer = '';
    const socket = connect(port, '127.0.0.1', () => socket.write(head));
    socket.on('data', (d) => (answer += d.toString()));
    socket.on('close', () => resolve({ answer, ms: Date.now() - started }));
    socket.on('error', reject);
    setTimeout(() => {
      socket.destroy();
      resolve({ answer: `still open: ${answer}`, ms: Date.now() - started });
    }, 5_000).unref();
  });
}

describeOnSqlite('request timeouts', (get) => {
  let t: TestApp;
  let port = 0;
  beforeAll(async () => {
    t = await createTestApp(get(), {
      withUsers: false,
      timeouts: { headersMs: 600, bodyMs: 400 },
    });
    const url = await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = Number(new URL(url).port);
  });
  afterAll(async () => {
    await t.app.close();
  });

  it('answers 408 to a body that does not arrive, instead of holding the connection', async () => {
    const { answer, ms } = await trickle(
      port,
      'POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{"username":',
    );
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(answer).toContain('did not arrive within');
    expect(ms).toBeLessThan(3_000);
  });

  it('closes a connection whose headers never end', async () => {
    const { answer, ms } = await trickle(port, 'GET /api/health HTTP/1.1\r\nHost: x\r\nX-Slow: ');
    expect(answer).not.toMatch(/^still open/);
    expect(ms).toBeLessThan(4_000);
  });
});

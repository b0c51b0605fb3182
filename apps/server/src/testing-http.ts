import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { expect } from 'vitest';
import type { Served } from './serve-process';

/**
 * A local SMTP server that keeps every message it is sent (tests of the e-mail an alert or a
 * stale feed sends). `start` answers the `smtp://` URL to give the server.
 */
export function testMailbox() {
  const mails: string[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    onData(stream, _session, done) {
      let text = '';
      stream.on('data', (c: Buffer) => (text += c.toString()));
      stream.on('end', () => {
        mails.push(text);
        done();
      });
    },
  });
  return {
    mails,
    async start(): Promise<string> {
      await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', r));
      return `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
    },
    close: () => smtp.close(),
  };
}

export interface StreamMessage {
  type: string;
  alert: {
    id: number;
    ruleId: string;
    iso3: string;
    admin1Name: string | null;
    stage: string;
    status: string;
  };
  eventRefs: string[];
}

/** Reads a server-sent event stream, collecting alert messages. */
export async function openStream(url: string, cookie: string) {
  const controller = new AbortController();
  const res = await fetch(url, { headers: { cookie }, signal: controller.signal });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
  const messages: StreamMessage[] = [];
  const waiters: Array<() => void> = [];
  void (async () => {
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let buf = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buf += decoder.decode(value, { stream: true });
        let i: number;
        while ((i = buf.indexOf('\n\n')) >= 0) {
          const block = buf.slice(0, i);
          buf = buf.slice(i + 2);
          const data = block.split('\n').find((l) => l.startsWith('data: '));
          if (data) {
            messages.push(JSON.parse(data.slice(6)) as StreamMessage);
            for (const w of waiters.splice(0)) w();
          }
        }
      }
    } catch {
      /* aborted */
    }
  })();
  const next = async (pred: (m: StreamMessage) => boolean, ms = 5000) => {
    const until = Date.now() + ms;
    for (;;) {
      const found = messages.find(pred);
      if (found) return found;
      if (Date.now() > until) throw new Error(`no matching stream message in ${ms} ms`);
      await new Promise<void>((r) => {
        waiters.push(r);
        setTimeout(r, 100);
      });
    }
  };
  return { messages, next, close: () => controller.abort() };
}

export const SETUP = 'served-setup-token';
export const ADMIN = { username: 'admin', password: 'a long and careful passphrase' };

/** Signs in the first admin of a fresh server and issues a Bearer token acting as them. */
export async function bearerFor(s: Served): Promise<string> {
  const setup = await fetch(`${s.url}/api/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token: SETUP, ...ADMIN }),
  });
  const user = (await setup.json()) as { id: number };
  const login = await fetch(`${s.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const token = await fetch(`${s.url}/api/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
    body: JSON.stringify({ name: 'burst', userId: user.id }),
  });
  return ((await token.json()) as { token: string }).token;
}

import type { ShareTransport } from '@lens/core';
import { LensError } from '@lens/core';

/** Loopback addresses, the only ones plain http is allowed to (tests, a reverse proxy on the box). */
const LOOPBACK = /^http:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?(\/|$)/;

/**
 * Pulls bundles from partner instances (issue 22): HTTPS only (http to this machine alone), the
 * partner token in a header, a timeout, and errors that name the partner's address and status.
 */
export function httpShareTransport(options: { timeoutMs?: number } = {}): ShareTransport {
  return {
    async pull({ url, token, after }) {
      if (!url.startsWith('https://') && !LOOPBACK.test(url))
        throw new LensError('invalid', `Partner address ${url} must use https`);
      const target = `${url.replace(/\/+$/, '')}/api/share/pull?after=${after}`;
      let res: Response;
      try {
        res = await fetch(target, {
          headers: { 'x-lens-partner-token': token, accept: 'application/json' },
          signal: AbortSignal.timeout(options.timeoutMs ?? 60_000),
        });
      } catch (e) {
        throw new LensError(
          'invalid',
          `Could not reach ${target}: ${e instanceof Error ? e.message : String(e)}`,
        );
      }
      if (!res.ok) {
        const body = (await res.json().catch(() => null)) as { message?: string } | null;
        throw new LensError(
          'invalid',
          `${target} answered ${res.status}${body?.message ? `: ${body.message}` : ''}`,
        );
      }
      // The server refuses bundles over 50 MB: so does the pulling side.
      if (Number(res.headers.get('content-length') ?? 0) > 50 * 1024 * 1024)
        throw new LensError('invalid', `${target} sent a bundle over 50 MB`);
      const latest = Number(res.headers.get('x-lens-latest'));
      return { bundle: await res.json(), latest: Number.isFinite(latest) ? latest : 0 };
    },
  };
}

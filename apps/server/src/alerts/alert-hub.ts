import { createHmac, randomUUID } from 'node:crypto';
import nodemailer, { type Transporter } from 'nodemailer';
import type { AlertChange, AlertNotifier, UseCaseDeps } from '@lens/core';
import type { OutboundPolicy } from '../http/outbound-address';
import { postOutbound } from '../http/outbound-post';
import type { Fanout } from '../cluster/pg-fanout';

export type Subscriber = (message: { id: string; change: AlertChange; at: string }) => void;

export interface HubOptions {
  /** `smtp://user:pass@host:port` (or smtps://): alerts raised are e-mailed when set. */
  readonly smtpUrl?: string | undefined;
  readonly mailFrom?: string | undefined;
  /** Comma-separated addresses. */
  readonly mailTo?: string | undefined;
  /** Public address of the web app, for links in e-mails. */
  readonly baseUrl?: string | undefined;
  readonly log?: (msg: string, err?: unknown) => void;
  /** Delays between webhook attempts (ms). */
  readonly retryDelays?: readonly number[];
  /** Which addresses webhooks may reach (checked again before every delivery: DNS may change). */
  readonly outbound?: OutboundPolicy;
  /** Other servers on the same PostgreSQL: their changes reach this server's stream, and ours theirs. */
  readonly fanout?: Fanout | undefined;
}

/** Signs a webhook body as the receiver checks it: HMAC-SHA256 of `timestamp.body`. */
export const signWebhook = (secret: string, timestamp: string, body: string): string =>
  `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;

/**
 * Where alert changes go once stored: the live stream (server-sent events) of every signed-in
 * reader, each registered webhook (signed), and e-mail when SMTP is configured. Deliveries never
 * hold up the use case that published them.
 */
export class AlertHub implements AlertNotifier {
  private readonly subscribers = new Set<Subscriber>();
  private readonly mailer: Transporter | null;
  private readonly pending = new Set<Promise<unknown>>();

  constructor(
    private readonly deps: UseCaseDeps,
    private readonly options: HubOptions = {},
  ) {
    this.mailer = options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : null;
    // Webhooks and e-mail go from the server where the change happened; streams everywhere.
    options.fanout?.on('alerts', (m) =>
      this.toSubscribers(m as { id: string; change: AlertChange; at: string }),
    );
  }

  subscribe(s: Subscriber): () => void {
    this.subscribers.add(s);
    return () => this.subscribers.delete(s);
  }

  get listeners(): number {
    return this.subscribers.size;
  }

  private toSubscribers(message: { id: string; change: AlertChange; at: string }): void {
    for (const s of this.subscribers) {
      try {
        s(message);
      } catch (e) {
        this.options.log?.('alert stream subscriber failed', e);
      }
    }
  }

  publish(change: AlertChange): void {
    const message = { id: randomUUID(), change, at: new Date().toISOString() };
    this.toSubscribers(message);
    this.options.fanout?.send('alerts', message);
    this.track(this.deliverWebhooks(message));
    if (
      this.mailer &&
      (change.type === 'raised' || change.type === 'escalated') &&
      change.alert.kind === 'alert'
    )
      this.track(this.mail(change));
  }

  /**
   * A feed missed its schedule too often (issue 17): admins are told by e-mail when SMTP is set,
   * and the server log says so; the Data page shows it to admins either way.
   */
  feedStale(notice: { feedId: string; failures: number; lastError: string; at: string }): void {
    this.options.log?.(
      `feed ${notice.feedId} is stale after ${notice.failures} failed runs: ${notice.lastError}`,
    );
    if (!this.mailer) return;
    const link = this.options.baseUrl
      ? `${this.options.baseUrl.replace(/\/$/, '')}/data`
      : 'the Data page';
    this.track(
      this.mailer.sendMail({
        from: this.options.mailFrom ?? 'lens@localhost',
        to: this.options.mailTo,
        subject: `[Lens] Feed ${notice.feedId} has missed its schedule`,
        text: [
          `The feed ${notice.feedId} failed ${notice.failures} runs in a row; its data are getting old.`,
          `Last error: ${notice.lastError}`,
          `Since: ${notice.at}`,
          `See ${link}; \`lens feeds list\` on the server.`,
        ].join('\n'),
      }),
    );
  }

  /** Waits for deliveries in flight (tests, shutdown). */
  async settle(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  /** Work started on the side (an evaluation after a report) that closing the server waits for. */
  background(p: Promise<unknown>): void {
    this.track(p);
  }

  private track(p: Promise<unknown>) {
    const q = p.catch((e: unknown) => this.options.log?.('alert delivery failed', e));
    this.pending.add(q);
    void q.finally(() => this.pending.delete(q));
  }

  private async deliverWebhooks(message: { id: string; change: AlertChange; at: string }) {
    const hooks = await this.deps.store.escalation.webhooks();
    if (hooks.length === 0) return;
    const vault = this.deps.vault;
    if (!vault) throw new Error('webhook secrets are sealed: no reporter vault is configured');
    const body = JSON.stringify({
      id: message.id,
      type: message.change.type,
      at: message.at,
      alert: message.change.alert,
      eventRefs: message.change.eventRefs ?? [],
    });
    await Promise.all(
      hooks.map(async (h) => {
        const secret = vault.open(h.secretKeyId, h.secretSealed);
        const delays = this.options.retryDelays ?? [1000, 5000];
        let status = '';
        const refused = await this.options.outbound?.check(h.url);
        if (refused) {
          await this.deps.store.escalation.recordDelivery(
            h.id,
            `refused: the address ${refused}`,
            new Date().toISOString(),
          );
          return;
        }
        for (let attempt = 0; attempt <= delays.length; attempt++) {
          const timestamp = String(Math.floor(Date.now() / 1000));
          try {
            const code = await postOutbound(
              h.url,
              {
                'content-type': 'application/json',
                'x-lens-event': `alert.${message.change.type}`,
                'x-lens-delivery': message.id,
                'x-lens-timestamp': timestamp,
                'x-lens-signature': signWebhook(secret, timestamp, body),
              },
              body,
              {
                timeoutMs: 5000,
                ...(this.options.outbound ? { lookup: this.options.outbound.lookup } : {}),
              },
            );
            status = `${code}`;
            if (code >= 200 && code < 300) break;
          } catch (e) {
            status = `error: ${(e as Error).message}`;
          }
          if (attempt < delays.length) await new Promise((r) => setTimeout(r, delays[attempt]));
        }
        await this.deps.store.escalation.recordDelivery(h.id, status, new Date().toISOString());
      }),
    );
  }

  private async mail(change: AlertChange) {
    const a = change.alert;
    const place = a.admin1Name ? `${a.admin1Name}, ${a.iso3}` : a.iso3;
    const link = this.options.baseUrl
      ? `${this.options.baseUrl.replace(/\/$/, '')}/alerts/${a.id}`
      : `alert #${a.id}`;
    await this.mailer!.sendMail({
      from: this.options.mailFrom ?? 'lens@localhost',
      to: this.options.mailTo,
      subject: `[Lens] ${change.type === 'escalated' ? 'Overdue, escalated' : 'Alert'}: ${a.ruleName} - ${place} (${a.severity})`,
      // What the rule found and where; never who reported it (alerts hold no reporter).
      text: [
        `${a.ruleName} (${a.ruleId}, ${a.rulesetVersion})`,
        `Place: ${place}`,
        `Stage: ${a.stage}; severity: ${a.severity}; status: ${a.status}`,
        `Events: ${a.eventCount}, first ${a.firstEventDate}, last ${a.lastEventDate}`,
        `Structural tier: ${String(a.context.structuralTier ?? 'not assessed')}`,
        `Open: ${link}`,
      ].join('\n'),
    });
  }
}

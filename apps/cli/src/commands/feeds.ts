import type { Command } from 'commander';
import {
  addFeed,
  configureFeed,
  feedRuns,
  FEED_CONNECTORS,
  listFeeds,
  LensError,
  runFeed,
  type FeedConnector,
  type FeedRun,
  type FeedSettings,
} from '@lens/core';
import { withStore } from '../open-store';
import { actor, deps } from '../deps';
import { readSecret } from '../read-secret';

const when = (iso: string | null) => (iso ? iso.slice(0, 16).replace('T', ' ') : 'never');

const runLine = (r: FeedRun) =>
  `${when(r.startedAt)}  ${r.status.padEnd(9)} ${r.trigger.padEnd(8)} +${r.added} ~${r.revised} -${r.deleted}  ${r.sourceVersion ?? ''}${r.error ? `\n    ${r.error}` : ''}${r.notes.map((n) => `\n    ${n}`).join('')}`;

/** The secrets each connector asks for, read without echo (never from the command line). */
const SECRETS: Partial<Record<FeedConnector, readonly string[]>> = {
  acled: ['email', 'password'],
  'ucdp-ged': ['token'],
  'ucdp-candidate': ['token'],
};

function settingsFrom(json: string | undefined): FeedSettings | undefined {
  if (json === undefined) return undefined;
  try {
    const v = JSON.parse(json) as unknown;
    if (!v || typeof v !== 'object' || Array.isArray(v)) throw new Error('not an object');
    return v as FeedSettings;
  } catch (e) {
    throw new LensError('invalid', `--settings must be a JSON object: ${(e as Error).message}`);
  }
}

/** `lens feeds`: the sources Lens pulls on a schedule (issue 17). */
export function registerFeeds(program: Command): void {
  const feeds = program
    .command('feeds')
    .description(
      'Sources Lens pulls on a schedule: UCDP, ACLED, GDELT 2.0, World Bank, V-Dem releases',
    );
  feeds
    .command('list')
    .description('Every feed: last success, next run, lag behind its source, last error')
    .action(async () => {
      const list = await withStore((store) => listFeeds(deps(store)));
      if (list.length === 0) console.log('No feeds yet: add one with `lens feeds add`.');
      for (const f of list) {
        const state = f.paused ? 'paused' : f.staleSince ? 'STALE' : f.overdue ? 'overdue' : 'ok';
        console.log(
          `${f.id.padEnd(16)} ${f.connector.padEnd(15)} ${state.padEnd(8)} every ${f.intervalMinutes} min  last success ${when(f.lastSuccessAt)}  next ${when(f.nextRunAt)}  source up to ${when(f.sourceTime)}`,
        );
        if (f.lastError) console.log(`    last error: ${f.lastError}`);
      }
    });
  feeds
    .command('add <id> <connector>')
    .description(`Add a feed; connectors: ${FEED_CONNECTORS.join(', ')}`)
    .option('--settings <json>', 'e.g. \'{"version":"25.1"}\' or \'{"series":["SP.POP.TOTL"]}\'')
    .option('--every <minutes>', "how often it runs (default: the connector's)")
    .action(async (id: string, connector: string, opts: { settings?: string; every?: string }) => {
      const f = await withStore((store) =>
        addFeed(deps(store), {
          id,
          connector: connector as FeedConnector,
          settings: settingsFrom(opts.settings) ?? {},
          ...(opts.every ? { intervalMinutes: Number(opts.every) } : {}),
          actor: actor(),
        }),
      );
      console.log(
        `Added ${f.id} (${f.connector}), every ${f.intervalMinutes} min; it runs at the next server tick or with \`lens feeds run ${f.id}\`.`,
      );
      const secrets = SECRETS[f.connector];
      if (secrets) console.log(`It needs credentials: lens feeds credentials ${f.id}`);
    });
  feeds
    .command('credentials <id>')
    .description('Set the account a feed signs in with (read without echo; sealed by the vault)')
    .action(async (id: string) => {
      await withStore(async (store) => {
        const d = deps(store);
        const feed = (await listFeeds(d)).find((f) => f.id === id);
        if (!feed) throw new LensError('not_found', `No feed named ${id}`);
        const credentials: Record<string, string> = {};
        for (const name of SECRETS[feed.connector] ?? ['token'])
          credentials[name] = await readSecret(`${name}: `);
        await configureFeed(d, { id, credentials, actor: actor() });
      });
      console.log(`Credentials of ${id} stored (sealed).`);
    });
  feeds
    .command('run <id>')
    .description('Run a feed now and show what it added, revised and deleted')
    .action(async (id: string) => {
      const out = await withStore((store) =>
        runFeed(deps(store), id, { trigger: 'manual', actor: actor() }),
      );
      if (!('run' in out)) {
        console.log(
          out.status === 'busy'
            ? `${id} is running elsewhere; try again when it ends.`
            : `${id} is not due.`,
        );
        return;
      }
      console.log(runLine(out.run));
      if (out.status === 'failed') process.exitCode = 1;
    });
  for (const [name, paused] of [
    ['pause', true],
    ['resume', false],
  ] as const)
    feeds
      .command(`${name} <id>`)
      .description(
        paused ? 'Stop running a feed on its schedule' : 'Run a paused feed on its schedule again',
      )
      .action(async (id: string) => {
        await withStore((store) => configureFeed(deps(store), { id, paused, actor: actor() }));
        console.log(`${id} ${paused ? 'paused' : 'resumed'}.`);
      });
  feeds
    .command('runs <id>')
    .description("A feed's runs, newest first")
    .option('--limit <n>', 'how many', '20')
    .action(async (id: string, opts: { limit: string }) => {
      const runs = await withStore((store) => feedRuns(deps(store), id, Number(opts.limit)));
      for (const r of runs) console.log(runLine(r));
      if (runs.length === 0) console.log(`${id} has not run yet.`);
    });
}

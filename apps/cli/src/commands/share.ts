import { readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import {
  buildBundle,
  instanceInfo,
  LensError,
  listPartners,
  pullFromPartner,
  receiveBundle,
  registerPartner,
} from '@lens/core';
import { parseJsonText } from '@lens/node';
import { withStore } from '../open-store';
import { actor, deps } from '../deps';

/**
 * `lens share ...` (issue 22): this instance's public key, partners, and bundles moved as files
 * (air-gapped offices) or pulled over HTTPS.
 */
export function registerShare(program: Command): void {
  const cmd = program
    .command('share')
    .description(
      'Sharing with partner instances: the public key, partners, bundle files and pulling (needs LENS_INSTANCE_NAME)',
    );
  cmd
    .command('instance')
    .description("This instance's name, key id and public key: what a partner registers")
    .action(async () => {
      const i = await withStore((store) => Promise.resolve(instanceInfo(deps(store))));
      console.log(`${i.name} (key ${i.keyId})\n${i.publicKey.trim()}`);
    });
  cmd
    .command('partners')
    .description('Registered partners and what is shared with each')
    .action(async () => {
      const { partners } = await withStore((store) => listPartners(deps(store)));
      if (partners.length === 0) console.log('no partner registered');
      for (const p of partners)
        console.log(
          `${p.name}  ${p.url}  trust ${p.trust}  shares ${p.policy.kinds.join(', ')} of ${p.policy.countries.join(', ')} (${p.policy.detail}, places at ${p.policy.location}, ${p.policy.delayDays} days' delay${p.policy.onward ? ', passing on' : ''})`,
        );
    });
  cmd
    .command('add-partner')
    .description('Register a partner instance and what is shared with it (audited)')
    .argument('<name>', "the partner's instance name")
    .requiredOption('--url <url>', "the partner's address (https)")
    .requiredOption('--key-file <file>', "a file holding the partner's public key (PEM)")
    .requiredOption('--countries <list>', 'ISO3 codes separated by commas, or *')
    .option(
      '--kinds <list>',
      'what is shared: assessment, alert, event, relation, capacity',
      'assessment,alert',
    )
    .option('--detail <level>', 'summary or full', 'summary')
    .option('--location <level>', "events' places: country, admin1 or rounded", 'admin1')
    .option('--delay <days>', 'share items only once this many days old', '0')
    .option(
      '--trust <level>',
      "how far the partner's items count here: low, medium, high",
      'medium',
    )
    .option('--onward', 'pass on what other partners sent')
    .action(
      async (
        name: string,
        o: {
          url: string;
          keyFile: string;
          countries: string;
          kinds: string;
          detail: string;
          location: string;
          delay: string;
          trust: string;
          onward?: boolean;
        },
      ) => {
        const list = (s: string) =>
          s
            .split(',')
            .map((x) => x.trim())
            .filter(Boolean);
        let publicKey: string;
        try {
          publicKey = readFileSync(o.keyFile, 'utf8');
        } catch (e) {
          throw new LensError(
            'invalid',
            `${o.keyFile}: cannot read it: ${e instanceof Error ? e.message : String(e)}`,
          );
        }
        const p = await withStore((store) =>
          registerPartner(
            deps(store),
            {
              name,
              url: o.url,
              publicKey,
              trust: o.trust as 'medium',
              policy: {
                kinds: list(o.kinds) as ['assessment'],
                countries: list(o.countries).map((c) => (c === '*' ? c : c.toUpperCase())),
                detail: o.detail as 'summary',
                location: o.location as 'admin1',
                delayDays: Number(o.delay),
                onward: o.onward === true,
              },
            },
            actor(),
          ),
        );
        console.log(`partner ${p.name} registered (key ${p.keyId})`);
      },
    );
  cmd
    .command('export')
    .description("Write the partner's next signed bundle to a file, to hand over")
    .argument('<partner>', "the partner's name")
    .requiredOption('--out <file>', 'the file to write')
    .action(async (partner: string, opts: { out: string }) => {
      const b = await withStore((store) => buildBundle(deps(store), { partner }, actor()));
      writeFileSync(opts.out, JSON.stringify(b, null, 1), { mode: 0o600 });
      console.log(
        `bundle ${b.sequence} for ${partner}: ${b.items.length} items, ${b.withdrawals.length} withdrawals -> ${opts.out}`,
      );
    });
  cmd
    .command('import')
    .description("Receive a partner's bundle file: verified and stored, or refused with the reason")
    .argument('<file>', 'the bundle file')
    .action(async (file: string) => {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (e) {
        throw new LensError(
          'invalid',
          `${file}: cannot read it: ${e instanceof Error ? e.message : String(e)}`,
        );
      }
      const parsed = parseJsonText(text);
      if (!parsed.ok)
        throw new LensError(
          'invalid',
          `${file}:${parsed.line}:${parsed.column}: not a bundle: ${parsed.message}`,
        );
      const bundle = parsed.value;
      const r = await withStore((store) => receiveBundle(deps(store), { bundle }, actor()));
      console.log(
        `${file}: bundle ${r.sequence} from ${r.from}: ${r.items} items, ${r.withdrawals} withdrawals`,
      );
    });
  cmd
    .command('pull')
    .description("Pull a partner's bundles for this instance over HTTPS now")
    .argument('<partner>', "the partner's name")
    .action(async (partner: string) => {
      const r = await withStore((store) => pullFromPartner(deps(store), { partner }, actor()));
      console.log(
        `${r.partner}: ${r.bundles} bundles, ${r.items} items, ${r.withdrawals} withdrawals`,
      );
    });
}

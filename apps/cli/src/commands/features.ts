import type { Command } from 'commander';
import { FEATURE_SPECS, LensError, type FeatureSpec } from '@lens/core';
import { buildFeaturesFromFolder, writeFeatureCsv } from '@lens/node';
import { withStore } from '../open-store';
import { deps } from '../deps';
import { terminalProgress } from '@lens/node';

function specNamed(id: string): FeatureSpec {
  const spec = FEATURE_SPECS[id];
  if (!spec)
    throw new LensError(
      'invalid',
      `Unknown feature spec "${id}"; one of ${Object.keys(FEATURE_SPECS).join(', ')}`,
    );
  return spec;
}

export function registerFeatures(program: Command): void {
  const features = program
    .command('features')
    .description('Feature tables built from stored datasets by a versioned spec');
  features
    .command('build')
    .description(
      'Import the spec\'s component files found in --from (unless already stored), build the feature table, store it as a "features" dataset and write it as CSV',
    )
    .requiredOption('--spec <id>', `the feature spec (${Object.keys(FEATURE_SPECS).join(', ')})`)
    .option(
      '--from <dir>',
      'a folder holding the component files (else the newest stored datasets)',
    )
    .requiredOption('--out <file>', 'the CSV file to write')
    .action(async (opts: { spec: string; from?: string; out: string }) => {
      const spec = specNamed(opts.spec);
      const r = await withStore((store) =>
        buildFeaturesFromFolder(deps(store), {
          spec,
          dir: opts.from,
          actor: `${process.env.USER ?? 'system'} (command line)`,
          progress: terminalProgress(),
        }),
      );
      for (const i of r.imported)
        console.log(
          `  ${i.kind.padEnd(13)} ${i.file}: ${i.status === 'unchanged' ? 'already stored' : 'imported'} as dataset ${i.id}`,
        );
      await writeFeatureCsv(opts.out, r.output);
      const d = r.dataset;
      console.log(
        `${r.status === 'unchanged' ? 'Same spec and inputs as' : 'Built and stored as'} dataset ${d.id} (${d.version}): ${r.output.rows.length} rows x ${r.output.header.length} columns -> ${opts.out}`,
      );
      for (const i of r.inputs)
        console.log(`  from ${i.kind} ${i.version} (dataset ${i.id}, ${i.fileName})`);
    });
  features
    .command('spec')
    .description('Print a feature spec as JSON: its inputs and every transformation, in order')
    .argument('<id>', `the spec (${Object.keys(FEATURE_SPECS).join(', ')})`)
    .action((id: string) => {
      console.log(JSON.stringify(specNamed(id), null, 2));
    });
}

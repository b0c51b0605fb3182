import type { Command } from 'commander';

/**
 * `lens serve` for `lens --help`: bin/lens.mjs runs the server's own entry (apps/server/src/main.ts)
 * before this program is parsed, so this action only runs when the command line is embedded.
 */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description(
      'Start the server: migrate the database, load bundled data, serve the API and the web app (--port N, --host H)',
    )
    .allowUnknownOption()
    .action(() => {
      throw new Error('run `lens serve` through apps/cli/bin/lens.mjs (npx lens serve)');
    });
}

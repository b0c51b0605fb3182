// `lens serve`: the server's own entry, run by apps/cli/bin/lens.mjs (the command line does not
// import the server; ADR 17). Migrates, loads the bundled data, serves the API and the web app.
import { Command } from 'commander';
import { DEFAULT_DATABASE_URL } from '@lens/db';
import { terminalProgress } from '@lens/node';
import { startServer } from './start';

const program = new Command('lens serve')
  .description(
    'Start the server: migrate the database, load bundled data, serve the API and the web app',
  )
  .option('--port <port>', 'port to listen on (LENS_PORT)', process.env.LENS_PORT ?? '8080')
  .option('--host <host>', 'address to listen on (LENS_HOST)', process.env.LENS_HOST ?? '127.0.0.1')
  .action(async (opts: { port: string; host: string }) => {
    const server = await startServer({
      databaseUrl: process.env.LENS_DATABASE_URL || DEFAULT_DATABASE_URL,
      port: Number(opts.port),
      host: opts.host,
      progress: terminalProgress(),
    });
    const stop = async () => {
      await server.close();
      process.exit(0);
    };
    process.once('SIGINT', () => void stop());
    process.once('SIGTERM', () => void stop());
  });

try {
  await program.parseAsync(process.argv.slice(3), { from: 'user' });
} catch (error) {
  console.error(`lens serve: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

import type { Command } from 'commander';
import { startServer } from '@lens/server';
import { databaseUrl } from '../config';
import { terminalProgress } from '../progress';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description(
      'Start the server: migrate the database, load bundled data, serve the API and the web app',
    )
    .option('--port <port>', 'port to listen on (LENS_PORT)', process.env.LENS_PORT ?? '8080')
    .option(
      '--host <host>',
      'address to listen on (LENS_HOST)',
      process.env.LENS_HOST ?? '127.0.0.1',
    )
    .action(async (opts: { port: string; host: string }) => {
      const server = await startServer({
        databaseUrl: databaseUrl(),
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
}

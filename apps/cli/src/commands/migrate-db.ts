import type { Command } from 'commander';
import { currentMigration, migrateDown, migrateToLatest, openDatabase } from '@lens/db';
import { databaseUrl } from '../config';

export function registerDb(program: Command): void {
  const db = program.command('db').description('Database maintenance');
  db.command('migrate')
    .description('Apply every pending migration (or revert the last with --down)')
    .option('--down', 'revert the most recent migration')
    .action(async (opts: { down?: boolean }) => {
      const conn = openDatabase(databaseUrl());
      try {
        const lines = opts.down ? await migrateDown(conn) : await migrateToLatest(conn);
        for (const l of lines) console.log(l);
        console.log(
          `${conn.kind} database at migration ${(await currentMigration(conn)) ?? '(none)'}`,
        );
      } finally {
        await conn.close();
      }
    });
}

import type { Command } from 'commander';
import { verifyAuditLog } from '@lens/core';
import { sha256Hex } from '@lens/db';
import { withStore } from '../open-store';

export function registerAudit(program: Command): void {
  const audit = program.command('audit').description('The tamper-evident audit log');
  audit
    .command('verify')
    .description(
      'Re-hash the whole chain; exit 1 and name the first broken entry if it was altered',
    )
    .action(async () => {
      const v = await withStore((store) => verifyAuditLog(store, sha256Hex));
      if (v.firstBreak) {
        console.log(
          `Audit log BROKEN at entry ${v.firstBreak.seq}: ${v.firstBreak.reason} (${v.entries} entries read)`,
        );
        process.exitCode = 1;
      } else {
        console.log(`Audit log intact: ${v.entries} entries, head ${v.headHash ?? '(empty)'}`);
      }
    });
}

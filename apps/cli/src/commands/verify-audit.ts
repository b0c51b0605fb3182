import type { Command } from 'commander';
import { verifyAuditLog } from '@lens/core';
import { sha256Hex } from '@lens/db';
import { withStore } from '../open-store';
import { readAnchors } from '../backup/restore';

export function registerAudit(program: Command): void {
  const audit = program.command('audit').description('The tamper-evident audit log');
  audit
    .command('verify')
    .description(
      'Re-hash the whole chain; exit 1 and name the first broken entry if it was altered',
    )
    .option(
      '--anchor <file>',
      'also check the audit heads anchored by `lens backup` in this file: catches removed newest entries',
    )
    .action(async (opts: { anchor?: string }) => {
      const anchors = opts.anchor ? readAnchors(opts.anchor) : [];
      const v = await withStore((store) => verifyAuditLog(store, sha256Hex, anchors));
      if (v.firstBreak) {
        console.log(
          `Audit log BROKEN at entry ${v.firstBreak.seq}: ${v.firstBreak.reason} (${v.entries} entries read)`,
        );
        process.exitCode = 1;
      } else if (v.anchorProblems.length > 0) {
        for (const p of v.anchorProblems) console.log(`Audit log does not match its anchor: ${p}`);
        process.exitCode = 1;
      } else {
        console.log(
          `Audit log intact: ${v.entries} entries, head ${v.headHash ?? '(empty)'}${anchors.length > 0 ? `; matches ${anchors.length} anchors` : ''}`,
        );
      }
    });
}

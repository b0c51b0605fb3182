import type { Command } from 'commander';
import { migrateToLatest, openDatabase } from '@lens/db';
import { DEFAULT_EVIDENCE_DIR } from '@lens/node';
import { backup } from '../backup/backup';
import { restore } from '../backup/restore';
import { databaseUrl } from '../config';

/** Where `lens backup` anchors the audit head unless told otherwise (keep a copy elsewhere too). */
export const DEFAULT_ANCHOR_FILE = 'var/audit-anchors.jsonl';

const evidenceDir = () => process.env.LENS_EVIDENCE_DIR ?? DEFAULT_EVIDENCE_DIR;

export function registerBackup(program: Command): void {
  program
    .command('backup')
    .description(
      'Back up the live database (SQLite online backup, or pg_dump), the evidence files and a manifest with their hashes into a new folder; the audit head is appended to an anchor file kept outside the database. Reporter keys are not included: keep them apart',
    )
    .requiredOption('--out <dir>', 'a new or empty folder')
    .option(
      '--anchor <file>',
      `where to append the audit head (LENS_AUDIT_ANCHOR_FILE, default ${DEFAULT_ANCHOR_FILE})`,
    )
    .action(async (opts: { out: string; anchor?: string }) => {
      const url = databaseUrl();
      const conn = openDatabase(url);
      try {
        await migrateToLatest(conn);
        const anchorFile = opts.anchor ?? process.env.LENS_AUDIT_ANCHOR_FILE ?? DEFAULT_ANCHOR_FILE;
        const m = await backup(conn, url, {
          out: opts.out,
          evidenceDir: evidenceDir(),
          anchorFile,
        });
        console.log(
          `Backed up ${m.database.kind} (${m.reports} reports, ${m.attachments} attachments, ${m.evidence.length} evidence files, audit to entry ${m.audit.headSeq}) into ${opts.out}`,
        );
        console.log(`Audit head anchored in ${anchorFile}: ${m.audit.headSeq} ${m.audit.headHash}`);
        if (m.keyIds.length > 0)
          console.log(
            `The sealed data needs the reporter keys ${m.keyIds.join(', ')}: they are not in the backup.`,
          );
      } finally {
        await conn.close();
      }
    });

  program
    .command('restore')
    .description(
      'Restore a backup folder onto an empty database (LENS_DATABASE_URL) and the evidence folder, after checking every hash; then check the audit chain, the counts and the evidence',
    )
    .argument('<dir>', 'the backup folder')
    .action(async (dir: string) => {
      const r = await restore(dir, databaseUrl(), { evidenceDir: evidenceDir() });
      console.log(
        `Restored ${r.reports} reports, ${r.evidenceFiles} evidence files; audit log intact (${r.auditEntries} entries, head of the backup ${r.manifest.audit.headSeq})`,
      );
      if (r.manifest.keyIds.length > 0)
        console.log(
          `Put back the reporter keys ${r.manifest.keyIds.join(', ')} (LENS_REPORTER_KEY_FILE).`,
        );
    });
}

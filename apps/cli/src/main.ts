import { Command } from 'commander';
import { registerServe } from './commands/serve';
import { registerDb } from './commands/migrate-db';
import { registerUsers } from './commands/create-user';
import { registerAudit } from './commands/verify-audit';
import { registerData } from './commands/load-data';
import { registerImport } from './commands/import-dataset';
import { registerDatasets } from './commands/list-datasets';
import { registerFeatures } from './commands/features';
import { registerModels } from './commands/models';
import { registerAssess } from './commands/assess';
import { registerEvidence, registerKeys } from './commands/keys';
import { registerEscalation } from './commands/escalation';
import { registerNetwork } from './commands/network';
import { registerActors } from './commands/actors';
import { registerBriefs } from './commands/brief';
import { registerRefresh } from './commands/refresh';
import { registerFeeds } from './commands/feeds';
import { registerWatch } from './commands/watch';
import { registerWps } from './commands/wps';
import { registerTriggers } from './commands/triggers';
import { registerBackup } from './commands/backup';
import { registerShare } from './commands/share';
import { reportError } from './exit-codes';

const program = new Command('lens')
  .description(
    'Lens: mass-atrocity early warning and prevention planning. Every command reads LENS_DATABASE_URL (default sqlite:./var/lens.db).',
  )
  .showHelpAfterError();
registerServe(program);
registerDb(program);
registerUsers(program);
registerAudit(program);
registerData(program);
registerImport(program);
registerDatasets(program);
registerFeatures(program);
registerModels(program);
registerAssess(program);
registerKeys(program);
registerEvidence(program);
registerEscalation(program);
registerNetwork(program);
registerActors(program);
registerRefresh(program);
registerFeeds(program);
registerWatch(program);
registerWps(program);
registerTriggers(program);
registerBriefs(program);
registerBackup(program);
registerShare(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = reportError(error);
}

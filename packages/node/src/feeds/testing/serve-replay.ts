import path from 'node:path';
import { ReplayServer } from './replay-server';

/**
 * The replay server as its own process, for the browser tests: GDELT 2.0 files built from the
 * bundled GDELT sample (one published; POST /control/gdelt/published?n=N publishes more). Prints
 * its address on the first line.
 */
const root = path.resolve(import.meta.dirname, '../../../../..');
const replay = new ReplayServer();
await replay.start();
replay.gdeltFromV1(
  path.join(root, 'data/bundled/gdelt-v1-georgia-sample/aug2011.csv'),
  '20110801000000',
  300,
  4,
);
replay.gdelt.published = 1;
console.log(replay.url);
process.on('SIGTERM', () => void replay.stop().then(() => process.exit(0)));

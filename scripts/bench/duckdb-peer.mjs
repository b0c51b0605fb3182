// The peer for the ingest benchmark: DuckDB's read_csv loading the same GED file into a table in
// a database file. Run by scripts/bench/ingest.sh with @duckdb/node-api installed under var/bench-peers.
import { createRequire } from 'node:module';
import path from 'node:path';

const [, , peers, file, dbFile] = process.argv;
const require = createRequire(path.join(peers, 'package.json'));
const { DuckDBInstance } = await import(require.resolve('@duckdb/node-api'));
const started = performance.now();
const instance = await DuckDBInstance.create(dbFile);
const conn = await instance.connect();
await conn.run(
  `create table ged as select * from read_csv('${file.replaceAll("'", "''")}', header = true)`,
);
const reader = await conn.runAndReadAll('select count(*) as n from ged');
const rows = Number(reader.getRows()[0][0]);
console.log(JSON.stringify({ rows, seconds: (performance.now() - started) / 1000 }));

// After `vite build`: writes .br and .gz beside every text asset of the web app, which the server
// sends to browsers that accept them (@fastify/static preCompressed). The report form's first load
// must stay small on a slow phone connection (issue 6; BENCHMARKS.md).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = path.resolve(import.meta.dirname, '../apps/web/dist');
const walk = (dir) =>
  readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
let files = 0;
for (const file of walk(dist)) {
  if (!/\.(js|css|html|json|svg|webmanifest)$/.test(file)) continue;
  const data = readFileSync(file);
  writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }));
  writeFileSync(
    `${file}.br`,
    brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
  );
  files++;
}
console.log(`compressed ${files} web files`);

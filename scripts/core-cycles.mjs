#!/usr/bin/env node
// Lists import cycles among packages/core's modules (relative imports, type-only ones included).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../packages/core/src');
const files = [];
const walk = (d) => {
  for (const n of readdirSync(d)) {
    const p = path.join(d, n);
    if (statSync(p).isDirectory()) walk(p);
    else if (p.endsWith('.ts') && !p.endsWith('.test.ts') && !p.includes('lint-fixtures'))
      files.push(p);
  }
};
walk(root);
const resolve = (from, spec) => {
  const base = path.resolve(path.dirname(from), spec);
  for (const c of [`${base}.ts`, path.join(base, 'index.ts')]) if (files.includes(c)) return c;
  return undefined;
};
const graph = new Map(
  files.map((f) => [
    f,
    [...readFileSync(f, 'utf8').matchAll(/(?:import|export)[^'"]*?from\s+'(\.[^']+)'/g)]
      .map((m) => resolve(f, m[1]))
      .filter(Boolean),
  ]),
);
const cycles = new Set();
const state = new Map();
const stack = [];
const visit = (f) => {
  state.set(f, 1);
  stack.push(f);
  for (const g of graph.get(f)) {
    if (state.get(g) === 1) {
      const c = stack.slice(stack.indexOf(g)).map((x) => path.relative(root, x));
      cycles.add(c.join(' -> '));
    } else if (!state.get(g)) visit(g);
  }
  stack.pop();
  state.set(f, 2);
};
for (const f of files) if (!state.get(f)) visit(f);
for (const c of cycles) console.log(c);
process.exitCode = cycles.size > 0 ? 1 : 0;

/**
 * Typed random and boundary inputs from the API's own OpenAPI document: for each parameter and
 * body, values that fit its schema, values just outside it, and hostile ones (long, control
 * characters, other scripts, path and SQL fragments, wrong types).
 */

export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minLength?: number;
  maxLength?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  default?: unknown;
};

/** A small seeded generator (mulberry32): the same seed, the same inputs. */
export function seeded(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!,
    chance: (p: number) => next() < p,
  };
}
export type Rng = ReturnType<typeof seeded>;

export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  '../../etc/passwd',
  '..',
  "'; drop table reports; --",
  '<script>alert(1)</script>',
  '=HYPERLINK("http://x")',
  'تقرير عن الهجوم',
  '𝕃𝕖𝕟𝕤 🔥',
  'a\u0000b',
  '\u202Eevil',
  '%00%2e%2e',
  'x'.repeat(5000),
  '2024-02-30',
  '9999-99-99',
  'null',
  '-1',
  '1e309',
];
export const HOSTILE_NUMBERS: readonly unknown[] = [
  0,
  -1,
  1,
  2 ** 31,
  2 ** 53,
  -(2 ** 53),
  1.5,
  1e308,
  'NaN',
  '12abc',
  null,
  true,
];

export function resolve(
  schema: JsonSchema,
  doc: { components?: { schemas?: Record<string, JsonSchema> } },
): JsonSchema {
  let s = schema;
  for (let i = 0; s.$ref && i < 10; i++)
    s = doc.components?.schemas?.[s.$ref.replace('#/components/schemas/', '')] ?? {};
  return s;
}

/** A value for `schema`: mostly valid, sometimes at or past its edges, sometimes hostile. */
export function valueFor(
  schema: JsonSchema,
  doc: Parameters<typeof resolve>[1],
  rng: Rng,
  depth = 0,
): unknown {
  const s = resolve(schema, doc);
  if (rng.chance(0.08)) return rng.pick([...HOSTILE_STRINGS, ...HOSTILE_NUMBERS, [], {}]);
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives?.length) return valueFor(rng.pick(alternatives), doc, rng, depth);
  if (s.allOf?.length) return valueFor(s.allOf[0]!, doc, rng, depth);
  if (s.const !== undefined) return s.const;
  if (s.enum?.length) return rng.chance(0.9) ? rng.pick(s.enum) : 'not-one-of-them';
  const type = Array.isArray(s.type)
    ? rng.pick(s.type.filter((t) => t !== 'null').concat(rng.chance(0.1) ? ['null'] : []))
    : s.type;
  switch (type) {
    case 'null':
      return null;
    case 'boolean':
      return rng.chance(0.9) ? rng.chance(0.5) : 'yes';
    case 'integer':
    case 'number': {
      if (rng.chance(0.2)) return rng.pick(HOSTILE_NUMBERS);
      const lo = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : -5);
      const hi = s.maximum ?? lo + 100;
      const edge = rng.pick([lo, hi, lo - 1, hi + 1]);
      const n = rng.chance(0.7)
        ? rng.int(Math.ceil(lo), Math.floor(Math.min(hi, lo + 10_000)))
        : edge;
      return type === 'number' && rng.chance(0.3) ? n + 0.25 : n;
    }
    case 'string':
      return stringFor(s, rng);
    case 'array': {
      if (depth > 3) return [];
      const n = rng.pick([0, 1, 2, 3, rng.int(4, 40)]);
      return Array.from({ length: n }, () => valueFor(s.items ?? {}, doc, rng, depth + 1));
    }
    case 'object':
    default: {
      if (depth > 3 || !s.properties) return {};
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(s.properties)) {
        const required = s.required?.includes(k) ?? false;
        if (required ? rng.chance(0.95) : rng.chance(0.5))
          out[k] = valueFor(v, doc, rng, depth + 1);
      }
      if (rng.chance(0.1)) out.unexpectedField = rng.pick(HOSTILE_STRINGS);
      return out;
    }
  }
}

function stringFor(s: JsonSchema, rng: Rng): string {
  if (rng.chance(0.25)) return rng.pick(HOSTILE_STRINGS);
  if (s.format === 'date-time' || /T\\d/.test(s.pattern ?? ''))
    return new Date(rng.int(0, 2e12)).toISOString();
  if (s.pattern === '^\\d{4}-\\d{2}-\\d{2}$')
    return `${rng.int(1899, 2031)}-${String(rng.int(0, 13)).padStart(2, '0')}-${String(rng.int(0, 32)).padStart(2, '0')}`;
  if (s.pattern?.includes('A-Z') && s.pattern.includes('{3}'))
    return rng.pick(['MMR', 'CAF', 'SYR', 'XXX', 'mmr', 'SDN']);
  const len = rng.int(s.minLength ?? 0, Math.min(s.maxLength ?? 40, 60));
  const alphabet = 'abcdefghijklmnopqrstuvwxyz ABCXYZ0123456789-_.éالع';
  return Array.from({ length: len }, () => rng.pick([...alphabet])).join('');
}

import { readFileSync } from 'node:fs';
import type { Country } from '@lens/core';

const FILE = new URL('../../data/countries.json', import.meta.url);

/** The country reference table shipped with Lens (built by scripts/build-countries.ts). */
export function bundledCountries(): Country[] {
  return JSON.parse(readFileSync(FILE, 'utf8')) as Country[];
}

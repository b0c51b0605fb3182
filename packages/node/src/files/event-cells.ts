import type { EventRecord } from '@lens/core/importing';

/**
 * Events packed for the trip from the parsing worker to the writing thread (issue 17): numbers in
 * one Float64Array, text as indexes (Int32Array) into a list of the chunk's distinct strings.
 * Both arrays are transferred, not copied, and the strings a chunk repeats (countries, dates,
 * provinces, actors, violence types) cross once; structured cloning of one object per event cost
 * the receiving thread about twice as much.
 */
export interface PackedEvents {
  readonly count: number;
  readonly numbers: Float64Array;
  readonly texts: Int32Array;
  readonly strings: string[];
}

// Numbers per event: date precision, year, latitude, longitude, place precision, the four
// death counts, civilian targeting (0 or 1). Text per event: id, start, end, country, province,
// province code, violence type, side A, side B, description, and the two lists of associated
// actors as JSON. Fields are written out by name: a loop over key names was a slow keyed access.
const N = 10;
const T = 12;
const NONE = -1;
const UNSET = -2;

type Mutable<E> = { -readonly [K in keyof E]: E[K] };

export function packEvents(events: readonly EventRecord[]): PackedEvents {
  const count = events.length;
  const numbers = new Float64Array(count * N);
  const texts = new Int32Array(count * T);
  const strings: string[] = [];
  const index = new Map<string, number>();
  const text = (s: string | null | undefined): number => {
    if (s === null) return NONE;
    if (s === undefined) return UNSET;
    let i = index.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      index.set(s, i);
    }
    return i;
  };
  // Ids and descriptions rarely repeat: listed without looking them up (hashing long text).
  const once = (s: string | null): number => {
    if (s === null) return NONE;
    strings.push(s);
    return strings.length - 1;
  };
  for (let r = 0; r < count; r++) {
    const e = events[r]!;
    const n = r * N;
    numbers[n] = e.datePrecision ?? NaN;
    numbers[n + 1] = e.year;
    numbers[n + 2] = e.latitude ?? NaN;
    numbers[n + 3] = e.longitude ?? NaN;
    numbers[n + 4] = e.geoPrecision ?? NaN;
    numbers[n + 5] = e.deathsBest ?? NaN;
    numbers[n + 6] = e.deathsLow ?? NaN;
    numbers[n + 7] = e.deathsHigh ?? NaN;
    numbers[n + 8] = e.deathsCivilians ?? NaN;
    numbers[n + 9] = e.civilianTargeting ? 1 : 0;
    const t = r * T;
    texts[t] = once(e.sourceId);
    texts[t + 1] = text(e.dateStart);
    texts[t + 2] = text(e.dateEnd);
    texts[t + 3] = text(e.iso3);
    texts[t + 4] = text(e.admin1);
    texts[t + 5] = text(e.admin1Code);
    texts[t + 6] = text(e.violenceType);
    texts[t + 7] = text(e.actorA);
    texts[t + 8] = text(e.actorB);
    texts[t + 9] = once(e.description);
    texts[t + 10] = e.associatedA ? text(JSON.stringify(e.associatedA)) : UNSET;
    texts[t + 11] = e.associatedB ? text(JSON.stringify(e.associatedB)) : UNSET;
  }
  return { count, numbers, texts, strings };
}

/** The events as the importer made them (an absent optional field stays absent). */
export function unpackEvents(p: PackedEvents): EventRecord[] {
  const out: EventRecord[] = new Array<EventRecord>(p.count);
  const { numbers, texts, strings } = p;
  const str = (i: number): string | null => (i === NONE ? null : strings[i]!);
  const num = (v: number): number | null => (Number.isNaN(v) ? null : v);
  for (let r = 0; r < p.count; r++) {
    const n = r * N;
    const t = r * T;
    const e: Mutable<EventRecord> = {
      sourceId: strings[texts[t]!]!,
      dateStart: strings[texts[t + 1]!]!,
      dateEnd: strings[texts[t + 2]!]!,
      datePrecision: num(numbers[n]!),
      year: numbers[n + 1]!,
      iso3: strings[texts[t + 3]!]!,
      admin1: str(texts[t + 4]!),
      latitude: num(numbers[n + 2]!),
      longitude: num(numbers[n + 3]!),
      geoPrecision: num(numbers[n + 4]!),
      violenceType: strings[texts[t + 6]!]!,
      actorA: str(texts[t + 7]!),
      actorB: str(texts[t + 8]!),
      deathsBest: num(numbers[n + 5]!),
      deathsLow: num(numbers[n + 6]!),
      deathsHigh: num(numbers[n + 7]!),
      deathsCivilians: num(numbers[n + 8]!),
      civilianTargeting: numbers[n + 9] === 1,
      description: str(texts[t + 9]!),
    };
    if (texts[t + 5] !== UNSET) e.admin1Code = str(texts[t + 5]!);
    if (texts[t + 10] !== UNSET) e.associatedA = JSON.parse(strings[texts[t + 10]!]!) as string[];
    if (texts[t + 11] !== UNSET) e.associatedB = JSON.parse(strings[texts[t + 11]!]!) as string[];
    out[r] = e;
  }
  return out;
}

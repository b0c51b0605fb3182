import type { EventRecord } from './dataset';

/**
 * Events as columns rather than an object each (issue 17): numbers in one Float64Array (NaN for
 * none), text as indexes (Int32Array) into a list of the batch's distinct strings. A parsing
 * worker sends them to the writing thread (both arrays are transferred, not copied, and the
 * strings a batch repeats cross once) and the stores write them without making an object per
 * event: at a million events, those objects and their garbage were a third of the import's time
 * and most of its memory.
 */
export interface EventBatch {
  readonly count: number;
  readonly numbers: Float64Array;
  readonly texts: Int32Array;
  readonly strings: string[];
  /** Where the admin-1 codes set after packing start in `strings` (they are few). */
  codesFrom?: number;
}

// Numbers per event: date precision, year, latitude, longitude, place precision, the four
// death counts, civilian targeting (0 or 1). Text per event: id, start, end, country, province,
// province code, violence type, side A, side B, description, and the two lists of associated
// actors as JSON. Fields are written out by name: a loop over key names was a slow keyed access.
export const BATCH_NUMBERS = 10;
export const BATCH_TEXTS = 12;
const N = BATCH_NUMBERS;
const T = BATCH_TEXTS;
const NONE = -1;
const UNSET = -2;

/** Field positions in a batch (times BATCH_NUMBERS or BATCH_TEXTS, plus the event's row). */
export const BatchNumber = {
  datePrecision: 0,
  year: 1,
  latitude: 2,
  longitude: 3,
  geoPrecision: 4,
  deathsBest: 5,
  deathsLow: 6,
  deathsHigh: 7,
  deathsCivilians: 8,
  civilianTargeting: 9,
} as const;
export const BatchText = {
  sourceId: 0,
  dateStart: 1,
  dateEnd: 2,
  iso3: 3,
  admin1: 4,
  admin1Code: 5,
  violenceType: 6,
  actorA: 7,
  actorB: 8,
  description: 9,
  associatedA: 10,
  associatedB: 11,
} as const;

/** A batch's text (null for none or unset): `batchText(b, row, BatchText.iso3)`. */
export function batchText(b: EventBatch, row: number, field: number): string | null {
  const i = b.texts[row * T + field]!;
  return i >= 0 ? b.strings[i]! : null;
}

/** A batch's number (null for none). */
export function batchNumber(b: EventBatch, row: number, field: number): number | null {
  const v = b.numbers[row * N + field]!;
  return Number.isNaN(v) ? null : v;
}

/** Sets an event's admin-1 code (placement at import) in a batch the caller owns. */
export function setBatchAdmin1Code(b: EventBatch, row: number, code: string | null): void {
  let i = NONE;
  if (code !== null) {
    i = b.strings.indexOf(code, b.codesFrom ?? b.strings.length);
    if (i === -1) {
      if (b.codesFrom === undefined) b.codesFrom = b.strings.length;
      i = b.strings.length;
      b.strings.push(code);
    }
  }
  b.texts[row * T + BatchText.admin1Code] = i;
}

type Mutable<E> = { -readonly [K in keyof E]: E[K] };

export function eventBatch(events: readonly EventRecord[]): EventBatch {
  const builder = new EventBatchBuilder(events.length);
  for (const e of events) builder.add(e);
  return builder.take();
}

/**
 * Packs events one at a time as an importer emits them, so no array of event objects is kept
 * (a parsing worker's garbage at a million rows). `take` hands over what was added and starts a
 * new batch.
 */
export class EventBatchBuilder {
  private numbers: Float64Array;
  private texts: Int32Array;
  private strings: string[] = [];
  private index = new Map<string, number>();
  private rows = 0;

  constructor(private capacity = 4096) {
    this.capacity = Math.max(1, capacity);
    this.numbers = new Float64Array(this.capacity * N);
    this.texts = new Int32Array(this.capacity * T);
  }

  get count(): number {
    return this.rows;
  }

  private text(s: string | null | undefined): number {
    if (s === null) return NONE;
    if (s === undefined) return UNSET;
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.strings.length;
      this.strings.push(s);
      this.index.set(s, i);
    }
    return i;
  }

  /** Ids and descriptions rarely repeat: listed without looking them up (hashing long text). */
  private once(s: string | null): number {
    if (s === null) return NONE;
    this.strings.push(s);
    return this.strings.length - 1;
  }

  add(e: EventRecord): void {
    const r = this.rows;
    if (r === this.capacity) {
      this.capacity *= 2;
      const numbers = new Float64Array(this.capacity * N);
      numbers.set(this.numbers);
      this.numbers = numbers;
      const texts = new Int32Array(this.capacity * T);
      texts.set(this.texts);
      this.texts = texts;
    }
    this.rows = r + 1;
    const numbers = this.numbers;
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
    const texts = this.texts;
    const t = r * T;
    texts[t] = this.once(e.sourceId);
    texts[t + 1] = this.text(e.dateStart);
    texts[t + 2] = this.text(e.dateEnd);
    texts[t + 3] = this.text(e.iso3);
    texts[t + 4] = this.text(e.admin1);
    texts[t + 5] = this.text(e.admin1Code);
    texts[t + 6] = this.text(e.violenceType);
    texts[t + 7] = this.text(e.actorA);
    texts[t + 8] = this.text(e.actorB);
    texts[t + 9] = this.once(e.description);
    texts[t + 10] = e.associatedA ? this.text(JSON.stringify(e.associatedA)) : UNSET;
    texts[t + 11] = e.associatedB ? this.text(JSON.stringify(e.associatedB)) : UNSET;
  }

  /** The events added since the last take (its arrays may be longer than `count` rows). */
  take(): EventBatch {
    const batch = {
      count: this.rows,
      numbers: this.numbers,
      texts: this.texts,
      strings: this.strings,
    };
    this.numbers = new Float64Array(this.capacity * N);
    this.texts = new Int32Array(this.capacity * T);
    this.strings = [];
    this.index = new Map();
    this.rows = 0;
    return batch;
  }
}

/** The events as the importer made them (an absent optional field stays absent). */
export function batchEvents(p: EventBatch): EventRecord[] {
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

/**
 * The file-import pipeline alone (`@lens/core/importing`): what a parsing worker thread needs,
 * without the rest of core (ADR 8, issue 17's ingest speed).
 */
export { CsvParser, type CsvRecord } from './formats/csv';
export { ImportRun, type RunOutput } from './importers/import-run';
export { LensError, isLensError } from './domain/errors';
export type { Country } from './domain/country';
export type { CountryYearValue, DatasetKind, EventRecord } from './domain/dataset';
export { eventBatch, type EventBatch } from './domain/event-batch';

// The forecasting use cases, one file each (ADR 17); this file gathers them.
export * from './model-registry';
export * from './add-reference-model';
export * from './forecasts';
export * from './feature-table';
export * from './train-model';
export * from './run-backtest';
export * from './risk-history';

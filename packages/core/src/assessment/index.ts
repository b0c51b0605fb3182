export * from './lens-spec';
export * from './lens-structural-1';
export * from './assess';
export * from './history-check';
export * from './tier-fit';
export * from './indicator-labels';

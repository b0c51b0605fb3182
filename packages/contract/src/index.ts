export * from './schemas';
export * from './client';
export * from './assessment-schemas';
export * from './report-schemas';
export * from './alert-schemas';
export * from './network-schemas';
export * from './planning-schemas';
export * from './loop-schemas';

export * from './schemas';
export * from './client';
export * from './assessment-schemas';

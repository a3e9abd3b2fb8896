export * from './attributes';
export * from './client';
export * from './constants';
export * from './decode';
export * from './encode';
export * from './stream';
export * from './tags';
export type * from './types';

export * from './admin';
export * from './errors';
export * from './job';
export * from './panel';
export * from './printer';
export * from './settings';
export * from './sim';
export * from './version';

export * from './auto-release-notice';

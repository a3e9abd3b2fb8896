export * from './language-button';

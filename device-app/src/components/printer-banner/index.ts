export * from './printer-banner';

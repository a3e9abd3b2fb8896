export * from './keys';
export * from './on-screen-keyboard';

export { LoadFailure } from './load-failure';
export { LoadState } from './load-state';

export { StateLabel } from './state-label';

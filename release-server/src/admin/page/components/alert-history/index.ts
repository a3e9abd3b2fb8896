export { AlertHistory } from './alert-history';

export { QuotaBox } from './quota-box';

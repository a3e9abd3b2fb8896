export { SupplyList } from './supply-list';

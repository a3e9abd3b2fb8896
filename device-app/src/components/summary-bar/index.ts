export { SummaryBar } from './summary-bar';

export { ReportsSection } from './reports-section';

export { QuotasSection } from './quotas-section';

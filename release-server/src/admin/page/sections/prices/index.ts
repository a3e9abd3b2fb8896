export { PricesSection } from './prices-section';

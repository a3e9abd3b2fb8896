export { ConfigurationSection } from './configuration-section';

export { PoliciesSection } from './policies-section';

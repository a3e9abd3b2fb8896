export { BadgesSection } from './badges-section';

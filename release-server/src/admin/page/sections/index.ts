export { SECTION_VIEWS } from './section-views';

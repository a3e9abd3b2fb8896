export { ImportBadgesSection, ImportUsersSection } from './import-section';

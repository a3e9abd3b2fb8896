export { BadgeReaderSection } from './badge-reader-section';

export { BadgeReaderFields } from './badge-reader-fields';

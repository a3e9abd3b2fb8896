export { JobRow, type JobRowProps } from './job-row';

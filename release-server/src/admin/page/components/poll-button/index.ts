export { PollButton } from './poll-button';

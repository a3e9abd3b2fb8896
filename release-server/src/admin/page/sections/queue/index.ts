export { QueueSection } from './queue-section';

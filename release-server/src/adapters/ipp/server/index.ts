export { createIppHandler, type IppAnswer } from './handler';

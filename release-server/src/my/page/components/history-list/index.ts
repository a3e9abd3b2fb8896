export { HistoryList } from './history-list';

export { DayRangeForm } from './day-range-form';

export { DelegatesForm } from './delegates-form';

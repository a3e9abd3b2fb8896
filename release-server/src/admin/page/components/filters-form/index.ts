export { FiltersForm } from './filters-form';

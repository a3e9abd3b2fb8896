export { PrintersSection } from './printers-section';

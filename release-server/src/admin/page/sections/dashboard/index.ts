export { DashboardSection } from './dashboard-section';

export { SideNav } from './side-nav';

import type { Route } from '../../lib/route';
import { GroupsView } from './groups-view';
import { GROUPS, NEW_USER, readListView } from './list-view';
import { NewUserView } from './new-user';
import { UserDetailView } from './user-detail';
import { UserList } from './user-list';
import './users.css';

/**
 * Users and groups (issue 5, PRODUCT.md §9): `#/users?q=&page=` lists and searches, `#/users/<email>`
 * opens one, `#/users/-new` creates one, `#/users/-groups` lists the groups. Helpdesk accounts see it
 * all and are offered no change.
 */
export function UsersSection({ route }: { route: Route }) {
  const view = readListView(route.params);
  const [first] = route.path;
  if (first === undefined) return <UserList view={view} />;
  if (first === GROUPS) return <GroupsView view={view} />;
  if (first === NEW_USER) return <NewUserView view={view} />;
  return <UserDetailView key={first} email={first} view={view} />;
}

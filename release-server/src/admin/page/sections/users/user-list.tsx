import type { UserPage } from '@quire/protocol';
import { useState } from 'preact/hooks';
import { LoadFailure } from '../../components/load-state';
import { routeHash } from '../../lib/route';
import { useAccess } from '../../lib/use-access';
import { useApi } from '../../lib/use-api';
import { useLoad } from '../../lib/use-load';
import { useStrings, useWords } from '../../lib/use-strings';
import { searchUsers, USERS_PER_PAGE } from './api';
import { GROUPS, type ListView, NEW_USER, pageCount, shownRange, usersHash } from './list-view';
import { usersWords } from './words';

const COLUMNS = ['name', 'email', 'shortname', 'department', 'role', 'groups'] as const;

/**
 * `#/users?q=&page=`: everyone, 50 a page, by email, or those a search finds (`GET /api/admin/users`);
 * each name opens the user. The search and the page are in the address, so that a view can be
 * bookmarked. Administrators also find "New user" and the CSV import here; the groups are one link away.
 */
export function UserList({ view }: { view: ListView }) {
  const t = useStrings();
  const w = useWords(usersWords).list;
  const api = useApi();
  const { canChange } = useAccess();
  const users = useLoad(`${view.q}|${view.page}`, (signal) => searchUsers(api, view.q, view.page, signal));
  const pages = users.data ? pageCount(users.data.total, USERS_PER_PAGE) : 1;
  return (
    <>
      <h1 tabIndex={-1}>{t.nav.sections.users}</h1>
      <p class="intro">{w.intro}</p>
      <div class="toolbar">
        <SearchForm key={view.q} q={view.q} />
        <ul class="links">
          {canChange && (
            <li>
              <a href={usersHash(view, NEW_USER)} data-testid="new-user">
                {w.newUser}
              </a>
            </li>
          )}
          <li>
            <a href={usersHash(view, GROUPS)} data-testid="groups">
              {w.groups}
            </a>
          </li>
          {canChange && (
            <li>
              <a href={routeHash('import-users')} data-testid="import-users">
                {w.importCsv}
              </a>
            </li>
          )}
        </ul>
      </div>
      <LoadFailure load={users} />
      {users.data?.total === 0 && (
        <p class="empty" data-testid="empty">
          {view.q ? w.emptySearch(view.q) : w.empty}
        </p>
      )}
      {users.data && users.data.users.length > 0 && <UserTable page={users.data} view={view} />}
      {(pages > 1 || view.page > 1) && (
        <nav class="pager" aria-label={w.pages}>
          {view.page > 1 && (
            <a href={usersHash({ ...view, page: Math.min(view.page - 1, pages) })} rel="prev">
              {w.previous}
            </a>
          )}
          <span data-testid="page-of">{w.pageOf(view.page, pages)}</span>
          {view.page < pages && (
            <a href={usersHash({ ...view, page: view.page + 1 })} rel="next" data-testid="next-page">
              {w.next}
            </a>
          )}
        </nav>
      )}
    </>
  );
}

function UserTable({ page, view }: { page: UserPage; view: ListView }) {
  const t = useStrings();
  const w = useWords(usersWords).list;
  const { first, last } = shownRange(view.page, USERS_PER_PAGE, page.users.length);
  const range = w.range(first, last, page.total);
  return (
    <section class="table-wrap" aria-labelledby="users-caption">
      <table class="user-table" data-testid="users-table">
        <caption id="users-caption">{view.q ? w.captionSearch(view.q, range) : w.caption(range)}</caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th key={c} scope="col">
                {w.columns[c]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {page.users.map((u) => (
            <tr key={u.email} data-testid="user-row" data-email={u.email}>
              <th scope="row" data-label={w.columns.name}>
                <a href={usersHash(view, u.email)}>{u.name}</a>
              </th>
              <td data-label={w.columns.email}>{u.email}</td>
              <td data-label={w.columns.shortname}>{u.shortname}</td>
              <td data-label={w.columns.department}>{u.department}</td>
              <td data-label={w.columns.role}>{t.account.roles[u.role]}</td>
              <td data-label={w.columns.groups}>{u.groups.length > 0 && u.groups.join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** "Search" puts the words in the address, on the first page; the list follows the address. */
function SearchForm({ q }: { q: string }) {
  const w = useWords(usersWords).list;
  const [text, setText] = useState(q);
  return (
    <search class="user-search">
      <form
        class="filters-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          location.hash = usersHash({ q: text.trim(), page: 1 });
        }}
      >
        <div class="field">
          <label for="users-q">{w.search}</label>
          <input
            id="users-q"
            type="search"
            value={text}
            size={28}
            maxLength={254}
            aria-describedby="users-q-hint"
            data-testid="user-search"
            onInput={(e) => setText(e.currentTarget.value)}
          />
        </div>
        <button type="submit" data-testid="search">
          {w.searchButton}
        </button>
        {q && <a href={usersHash({ q: '', page: 1 })}>{w.showEveryone}</a>}
      </form>
      <p id="users-q-hint" class="hint">
        {w.searchHint}
      </p>
    </search>
  );
}

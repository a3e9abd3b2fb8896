import type { BadgeView } from '@quire/protocol';
import { useRef, useState } from 'preact/hooks';
import { ConfirmButton } from '../../components/confirm-button';
import { FiltersForm } from '../../components/filters-form';
import { TextField } from '../../components/form';
import { LoadState } from '../../components/load-state';
import { ApiError } from '../../lib/api-client';
import { errorText } from '../../lib/error-text';
import { formatTime } from '../../lib/format';
import { type Route, routeHash } from '../../lib/route';
import { useAccess } from '../../lib/use-access';
import { useApi } from '../../lib/use-api';
import { useRefresh } from '../../lib/use-refresh';
import { useStrings, useWords } from '../../lib/use-strings';
import { deleteBadge, listBadges } from './api';
import { RegisterBadgeForm } from './register-form';
import { badgesWords } from './words';
import './badges.css';

/**
 * `#/badges[?email=&page=]`: the registered badges, everyone's or one person's, as the API gives them
 * (administrators register them, so the numbers are shown); administrators register and delete badges
 * here, and import them from a CSV at `#/import-badges`. Helpdesk sees the list only.
 */
export function BadgesSection({ route }: { route: Route }) {
  const t = useStrings();
  const w = useWords(badgesWords);
  const api = useApi();
  const { canChange } = useAccess();
  const email = route.params.email?.trim() || undefined;
  const page = Math.max(0, Number(route.params.page ?? 0) || 0);
  // Refreshed as the other lists are (LoadState says how often): another administrator may be at work.
  const list = useRefresh(`${email}|${page}`, (signal) => listBadges(api, email, page, signal));
  const [notice, setNotice] = useState('');
  const noticeRef = useRef<HTMLParagraphElement>(null);

  const remove = async (b: BadgeView) => {
    try {
      await deleteBadge(api, b.badge);
      setNotice(w.remove.done(b.badge, b.email));
      // The row goes: the focus goes to what happened rather than to the top of the page.
      noticeRef.current?.focus();
    } catch (error) {
      setNotice(w.remove.failed(b.badge, errorText(error, t)));
    }
    list.reload();
  };

  const data = list.data;
  const now = Date.now();
  return (
    <>
      <h1 tabIndex={-1}>{t.nav.sections.badges}</h1>
      <p class="intro">{w.intro}</p>
      <ul class="links">
        <li>
          <a href={routeHash('import-badges')} data-testid="import-badges">
            {w.importLink}
          </a>
        </li>
      </ul>
      {!canChange && (
        <p class="read-only" data-testid="read-only">
          {w.readOnly}
        </p>
      )}
      <div class="toolbar">
        <EmailFilter key={email ?? ''} email={email ?? ''} />
        {email && <a href={routeHash('badges')}>{w.filter.everyone}</a>}
      </div>
      <p ref={noticeRef} class="notice" role="status" tabIndex={-1} data-testid="notice">
        {notice}
      </p>
      {email && list.error instanceof ApiError && list.error.code === 'not-found' ? (
        <p class="empty" role="alert" data-testid="empty">
          {w.filter.noUser(email)}
        </p>
      ) : (
        <LoadState refresh={list} />
      )}
      {data?.badges.length === 0 && (
        <p class="empty" data-testid="empty">
          {email ? w.emptyOf(email) : w.empty}
        </p>
      )}
      {data && data.badges.length > 0 && (
        <section class="table-wrap" aria-labelledby="badges-caption">
          <table data-testid="badges-table">
            <caption id="badges-caption">
              {email
                ? w.captionOf(email, data.total)
                : w.caption(data.offset + 1, data.offset + data.badges.length, data.total)}
            </caption>
            <thead>
              <tr>
                <th scope="col">{w.columns.badge}</th>
                <th scope="col">{w.columns.person}</th>
                <th scope="col">{w.columns.kind}</th>
                <th scope="col" class="registered">
                  {w.columns.registered}
                </th>
                {canChange && <th scope="col">{w.columns.actions}</th>}
              </tr>
            </thead>
            <tbody>
              {data.badges.map((b) => (
                <tr key={b.badge} data-testid="badge-row" data-badge={b.badge}>
                  <th scope="row">
                    <code>{b.badge}</code>
                  </th>
                  <td>
                    <a href={routeHash('badges', [], { email: b.email })}>{b.email}</a>
                  </td>
                  <td data-testid="badge-kind">
                    {b.temporary ? w.temporary : w.permanent}
                    {b.expiresAt !== null && (
                      <span class={b.expired ? 'trouble' : 'muted'}>
                        {', '}
                        {(b.expired ? w.expiredAt : w.until)(formatTime(b.expiresAt, t, now))}
                      </span>
                    )}
                  </td>
                  <td class="registered">{formatTime(b.createdAt, t, now)}</td>
                  {canChange && (
                    <td>
                      <ConfirmButton
                        label={w.remove.button}
                        name={w.remove.name(b.badge)}
                        question={w.remove.question(b.badge, b.email)}
                        yes={w.remove.yes}
                        no={w.remove.no}
                        busy={w.remove.busy}
                        testId="delete-badge"
                        onConfirm={() => remove(b)}
                      />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {data && (page > 0 || data.offset + data.badges.length < data.total) && (
        <p class="pager">
          {page > 0 && (
            <a href={routeHash('badges', [], { email, page: page > 1 ? String(page - 1) : undefined })}>
              {w.newer}
            </a>
          )}
          {data.offset + data.badges.length < data.total && (
            <a href={routeHash('badges', [], { email, page: String(page + 1) })}>{w.older}</a>
          )}
        </p>
      )}
      {canChange && <RegisterBadgeForm key={email ?? ''} email={email ?? ''} onRegistered={list.reload} />}
    </>
  );
}

/** "Person": one person's badges, by email, put in the address; or everyone's. */
function EmailFilter({ email }: { email: string }) {
  const w = useWords(badgesWords);
  const [value, setValue] = useState(email);
  return (
    <FiltersForm
      id="badges-filter"
      show={w.filter.show}
      onShow={() => {
        location.hash = routeHash('badges', [], { email: value.trim() });
      }}
    >
      <TextField
        path="email"
        label={w.filter.email}
        value={value}
        size={30}
        inputMode="email"
        onValue={setValue}
      />
    </FiltersForm>
  );
}

import type { BadgeView, UserDetail } from '@quire/protocol';
import type { ComponentChildren } from 'preact';
import { formatTime } from '../../lib/format';
import type { Strings } from '../../lib/i18n';
import { routeHash } from '../../lib/route';
import { useAccess } from '../../lib/use-access';
import { useStrings, useWords } from '../../lib/use-strings';
import { NAME_FIELDS } from './name-fields';
import { type UsersWords, usersWords } from './words';

function badgeWords(b: BadgeView, t: Strings, w: UsersWords['detail'], now: number): string {
  if (b.expired) return w.expired;
  if (b.temporary && b.expiresAt !== null) return w.temporaryUntil(formatTime(b.expiresAt, t, now));
  return w.permanent;
}

/**
 * Everything known about a user, as label: value lines (what helpdesk accounts see, and the summary
 * above an administrator's forms): names, role, groups, delegates, badges, whether they have a
 * password, when they were created and last changed.
 */
export function UserFacts({ user }: { user: UserDetail }) {
  const t = useStrings();
  const uw = useWords(usersWords);
  const w = uw.detail;
  const { canChange } = useAccess();
  const now = Date.now();
  const none = <span class="muted">{w.none}</span>;
  const rows: [string, string, ComponentChildren][] = [
    ['email', uw.fields.email, user.email],
    ...NAME_FIELDS.map((f): [string, string, ComponentChildren] => [
      f,
      uw.fields[f],
      user[f] === null ? none : <span class="pre">{user[f]}</span>,
    ]),
    ['role', w.role, t.account.roles[user.role]],
    ['groups', w.groups, user.groups.length > 0 ? user.groups.join(', ') : none],
    [
      'delegates',
      w.delegates,
      user.delegates.length > 0
        ? user.delegates.map((d) => `${d.displayName} (${d.email})`).join(', ')
        : none,
    ],
    [
      'badges',
      w.badges,
      <>
        {user.badges.length === 0 ? (
          none
        ) : (
          <ul class="plain">
            {user.badges.map((b) => (
              <li key={b.badge}>
                <code>{b.badge}</code> {badgeWords(b, t, w, now)}
              </li>
            ))}
          </ul>
        )}
        {canChange && (
          <>
            {' '}
            <a href={routeHash('badges')}>{w.manageBadges}</a>
          </>
        )}
      </>,
    ],
    ['password', uw.fields.password, user.hasPassword ? w.passwordSet : w.passwordNone],
    ['created', w.created, formatTime(user.createdAt, t, now)],
    ['updated', w.updated, formatTime(user.updatedAt, t, now)],
  ];
  return (
    <section aria-labelledby="user-facts-title">
      <h2 id="user-facts-title">{w.facts}</h2>
      <dl class="facts wide user-facts" data-testid="user-facts">
        {rows.map(([key, label, value]) => (
          <div key={key} data-fact={key}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

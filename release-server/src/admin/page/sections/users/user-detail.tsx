import type { UserDetail } from '@quire/protocol';
import { useEffect, useState } from 'preact/hooks';
import { LoadFailure } from '../../components/load-state';
import { useAccess } from '../../lib/use-access';
import { useApi } from '../../lib/use-api';
import { useLoad } from '../../lib/use-load';
import { useStrings, useWords } from '../../lib/use-strings';
import { deleteUser, getUser } from './api';
import { ConfirmAction } from './confirm-action';
import { DelegatesForm } from './delegates-form';
import { DetailsForm } from './details-form';
import { GroupsForm } from './groups-form';
import { type ListView, usersHash } from './list-view';
import { RoleForm } from './role-form';
import { UserFacts } from './user-facts';
import { usersWords } from './words';

/**
 * `#/users/<email>`: one user (`GET /api/admin/users/:email`), all that is known about them, then, for
 * administrators, a form for each thing that changes apart (details, role, groups, delegates) and the
 * deletion. Each save updates the facts above with the server's answer.
 */
export function UserDetailView({ email, view }: { email: string; view: ListView }) {
  const t = useStrings();
  const w = useWords(usersWords).detail;
  const api = useApi();
  const { canChange } = useAccess();
  const load = useLoad(email, (signal) => getUser(api, email, signal));
  const [user, setUser] = useState<UserDetail | null>(null);
  const [deleted, setDeleted] = useState(false);
  useEffect(() => setUser(load.data), [load.data]);
  const shown = user ?? load.data;
  const onUser = (change: (u: UserDetail) => UserDetail) => setUser((u) => (u === null ? u : change(u)));
  return (
    <>
      <p class="back">
        <a href={usersHash(view)} data-testid="back">
          {w.back}
        </a>
      </p>
      <h1 tabIndex={-1}>{shown?.name ?? email}</h1>
      {deleted ? (
        <p class="notice" role="status" data-testid="deleted">
          {w.deleted(email)}
        </p>
      ) : (
        <>
          <LoadFailure load={load} />
          {shown && (
            <>
              {shown.name !== shown.email && <p class="intro">{shown.email}</p>}
              {!canChange && (
                <p class="read-only" data-testid="read-only">
                  {t.access.readOnly}
                </p>
              )}
              <UserFacts user={shown} />
              {canChange && (
                <>
                  <DetailsForm user={shown} onUser={onUser} />
                  <RoleForm user={shown} onUser={onUser} />
                  <GroupsForm user={shown} onUser={onUser} />
                  <DelegatesForm user={shown} onUser={onUser} />
                  <section class="settings danger-zone" aria-labelledby="delete-user-title">
                    <h2 id="delete-user-title">{w.deleteTitle}</h2>
                    <p class="hint">{w.deleteIntro}</p>
                    <ConfirmAction
                      id="delete-user"
                      label={w.deleteButton}
                      question={w.deleteQuestion(shown.email)}
                      run={() => deleteUser(api, shown.email)}
                      onDone={() => setDeleted(true)}
                    />
                  </section>
                </>
              )}
            </>
          )}
        </>
      )}
    </>
  );
}

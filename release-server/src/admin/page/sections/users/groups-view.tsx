import { useState } from 'preact/hooks';
import { SettingsForm, TextField } from '../../components/form';
import { LoadFailure } from '../../components/load-state';
import { formatNumber } from '../../lib/format';
import { useAccess } from '../../lib/use-access';
import { useApi } from '../../lib/use-api';
import { useLoad } from '../../lib/use-load';
import { useStrings, useWords } from '../../lib/use-strings';
import { createGroup, deleteGroup, getGroups } from './api';
import { ConfirmAction } from './confirm-action';
import { type ListView, usersHash } from './list-view';
import { useUserForm } from './use-user-form';
import { usersWords } from './words';

/**
 * `#/users/-groups`: every group and how many are in it (`GET /api/admin/groups`); administrators
 * create one (`POST`) and delete one (`DELETE /groups/:name`: its memberships go, nobody is deleted).
 */
export function GroupsView({ view }: { view: ListView }) {
  const t = useStrings();
  const uw = useWords(usersWords);
  const w = uw.groups;
  const api = useApi();
  const { canChange } = useAccess();
  const [changes, setChanges] = useState(0);
  const changed = () => setChanges((n) => n + 1);
  const groups = useLoad(`groups|${changes}`, (signal) => getGroups(api, signal));
  return (
    <>
      <p class="back">
        <a href={usersHash(view)}>{uw.detail.back}</a>
      </p>
      <h1 tabIndex={-1}>{uw.list.groups}</h1>
      <p class="intro">{w.intro}</p>
      {!canChange && (
        <p class="read-only" data-testid="read-only">
          {t.access.readOnly}
        </p>
      )}
      <LoadFailure load={groups} />
      {groups.data?.length === 0 && (
        <p class="empty" data-testid="empty">
          {w.empty}
        </p>
      )}
      {groups.data && groups.data.length > 0 && (
        <section class="table-wrap" aria-labelledby="groups-caption">
          <table class="groups-table" data-testid="groups-table">
            <caption id="groups-caption">{w.caption(groups.data.length)}</caption>
            <thead>
              <tr>
                <th scope="col">{w.name}</th>
                <th scope="col">{w.members}</th>
                {canChange && <th scope="col">{w.actions}</th>}
              </tr>
            </thead>
            <tbody>
              {groups.data.map((g, i) => (
                <tr key={g.name} data-testid="group-row" data-group={g.name}>
                  <th scope="row">{g.name}</th>
                  <td class="num">{formatNumber(g.members, t)}</td>
                  {canChange && (
                    <td>
                      <ConfirmAction
                        id={`delete-group-${i}`}
                        label={w.deleteButton}
                        fullLabel={w.deleteWhich(g.name)}
                        question={w.deleteQuestion(g.name, g.members)}
                        run={() => deleteGroup(api, g.name)}
                        onDone={changed}
                      />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {canChange && <NewGroupForm onCreated={changed} />}
    </>
  );
}

function NewGroupForm({ onCreated }: { onCreated: () => void }) {
  const api = useApi();
  const w = useWords(usersWords).groups;
  const form = useUserForm(
    { name: '' },
    {
      check: (d) => (d.name.trim() === '' ? [{ field: 'name', reason: { kind: 'required' } }] : []),
      send: async (d) => {
        await createGroup(api, d.name.trim());
        onCreated();
      },
    },
  );
  return (
    <SettingsForm id="new-group" settings={form} title={w.addTitle} submitLabel={w.submit}>
      {(d) => (
        <TextField
          path="name"
          label={w.name}
          hint={w.nameHint}
          value={d.name}
          size={32}
          spellcheck
          onValue={(name) => form.edit((x) => ({ ...x, name }))}
        />
      )}
    </SettingsForm>
  );
}

import { useState } from 'preact/hooks';
import { CheckField, SettingsForm, TextField } from '../../components/form';
import { LoadFailure } from '../../components/load-state';
import { useApi } from '../../lib/use-api';
import { useLoad } from '../../lib/use-load';
import { useWords } from '../../lib/use-strings';
import { getGroups, setGroups } from './api';
import { type UserPartProps, useUserForm } from './use-user-form';
import { splitNames } from './user-draft';
import { usersWords } from './words';

/**
 * The groups a user is in: a box for each group there is (`GET /api/admin/groups`), and new ones typed
 * by name; `PUT /api/admin/users/:email/groups` with the whole list creates those that do not exist.
 */
export function GroupsForm({ user, onUser }: UserPartProps) {
  const api = useApi();
  const w = useWords(usersWords).detail;
  // Asked again after a save: a group typed in may be new.
  const [saves, setSaves] = useState(0);
  const all = useLoad(`groups|${saves}`, (signal) => getGroups(api, signal));
  const form = useUserForm(
    { member: user.groups, more: '' },
    {
      send: async (d) => {
        const saved = await setGroups(api, user.email, [...d.member, ...splitNames(d.more)]);
        onUser((u) => ({ ...u, groups: saved.groups }));
        setSaves((n) => n + 1);
      },
    },
  );
  const names = [...new Set([...(all.data ?? []).map((g) => g.name), ...user.groups])];
  return (
    <SettingsForm id="user-groups" settings={form} title={w.groups}>
      {(d) => (
        <>
          {all.error !== null && <LoadFailure load={all} />}
          {names.length === 0 ? (
            <p class="hint">{w.noGroupsYet}</p>
          ) : (
            <fieldset class="field choice">
              <legend>{w.memberOf}</legend>
              <div class="group-choices">
                {names.map((name, i) => (
                  <CheckField
                    key={name}
                    path={`member-${i}`}
                    label={name}
                    checked={d.member.includes(name)}
                    onValue={(on) =>
                      form.edit((x) => ({
                        ...x,
                        member: on ? [...x.member, name] : x.member.filter((m) => m !== name),
                      }))
                    }
                  />
                ))}
              </div>
            </fieldset>
          )}
          <TextField
            path="groups"
            label={w.newGroups}
            hint={w.newGroupsHint}
            value={d.more}
            spellcheck
            onValue={(more) => form.edit((x) => ({ ...x, more }))}
          />
        </>
      )}
    </SettingsForm>
  );
}

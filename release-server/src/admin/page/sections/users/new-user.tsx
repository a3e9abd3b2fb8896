import { MIN_PASSWORD_LENGTH } from '@quire/protocol';
import { SettingsForm, TextField } from '../../components/form';
import { useAccess } from '../../lib/use-access';
import { useApi } from '../../lib/use-api';
import { useStrings, useWords } from '../../lib/use-strings';
import { createUser } from './api';
import { type ListView, usersHash } from './list-view';
import { useUserForm } from './use-user-form';
import { checkNewUser, createBody, type NewUserDraft, namesOf } from './user-draft';
import { UserFields } from './user-fields';
import { usersWords } from './words';

const BLANK: NewUserDraft = { email: '', password: '', groups: '', ...namesOf(null) };

/**
 * `#/users/-new`: a new user, `POST /api/admin/users`; the server checks every field with the users CSV
 * import's rules and names each it refuses, shown next to it. Created, the page opens the user.
 */
export function NewUserView({ view }: { view: ListView }) {
  const t = useStrings();
  const w = useWords(usersWords);
  const api = useApi();
  const { canChange } = useAccess();
  const form = useUserForm(BLANK, {
    check: checkNewUser,
    send: async (d) => {
      const created = await createUser(api, createBody(d));
      location.hash = usersHash(view, created.email);
    },
  });
  return (
    <>
      <p class="back">
        <a href={usersHash(view)}>{w.detail.back}</a>
      </p>
      <h1 tabIndex={-1}>{w.create.title}</h1>
      {canChange ? (
        <>
          <p class="intro">{w.create.intro}</p>
          <SettingsForm id="new-user" settings={form} submitLabel={w.create.submit}>
            {(d) => (
              <>
                <TextField
                  path="email"
                  label={w.fields.email}
                  value={d.email}
                  inputMode="email"
                  size={40}
                  onValue={(email) => form.edit((x) => ({ ...x, email }))}
                />
                <UserFields
                  draft={d}
                  onField={(field, value) => form.edit((x) => ({ ...x, [field]: value }))}
                  password={{ label: w.fields.password, hint: w.create.passwordHint(MIN_PASSWORD_LENGTH) }}
                />
                <TextField
                  path="groups"
                  label={w.create.groups}
                  hint={w.detail.newGroupsHint}
                  value={d.groups}
                  spellcheck
                  onValue={(groups) => form.edit((x) => ({ ...x, groups }))}
                />
              </>
            )}
          </SettingsForm>
        </>
      ) : (
        <p class="read-only">{t.access.readOnly}</p>
      )}
    </>
  );
}

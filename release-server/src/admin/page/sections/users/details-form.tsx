import { MIN_PASSWORD_LENGTH } from '@quire/protocol';
import { SettingsForm } from '../../components/form';
import { useApi } from '../../lib/use-api';
import { useWords } from '../../lib/use-strings';
import { updateUser } from './api';
import { type UserPartProps, useUserForm } from './use-user-form';
import { checkUpdate, namesOf, updateBody } from './user-draft';
import { UserFields } from './user-fields';
import { usersWords } from './words';

/**
 * A user's names, place and password, `PUT /api/admin/users/:email` with only what changed (the server
 * checks each field with the users CSV import's rules and names those it refuses).
 */
export function DetailsForm({ user, onUser }: UserPartProps) {
  const api = useApi();
  const w = useWords(usersWords).detail;
  const before = namesOf(user);
  const form = useUserForm(
    { ...before, password: '' },
    {
      check: (d) => checkUpdate(d, before),
      send: async (d) => {
        const saved = await updateUser(api, user.email, updateBody(d, before));
        onUser(() => saved);
      },
    },
  );
  return (
    <SettingsForm id="user-details" settings={form} title={w.detailsTitle}>
      {(d) => (
        <UserFields
          draft={d}
          onField={(field, value) => form.edit((x) => ({ ...x, [field]: value }))}
          password={{ label: w.newPassword, hint: w.newPasswordHint(MIN_PASSWORD_LENGTH) }}
        />
      )}
    </SettingsForm>
  );
}

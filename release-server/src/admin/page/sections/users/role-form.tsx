import { ROLES } from '@quire/protocol';
import { ChoiceField, SettingsForm } from '../../components/form';
import { useApi } from '../../lib/use-api';
import { useStrings, useWords } from '../../lib/use-strings';
import { setRole } from './api';
import { type UserPartProps, useUserForm } from './use-user-form';
import { usersWords } from './words';

/**
 * Administrator, helpdesk or user, `PUT /api/admin/users/:email/role`. The server keeps the last
 * administrator one, and says so; that refusal is shown beside Save.
 */
export function RoleForm({ user, onUser }: UserPartProps) {
  const t = useStrings();
  const api = useApi();
  const w = useWords(usersWords).detail;
  const form = useUserForm(
    { role: user.role },
    {
      send: async (d) => {
        const change = await setRole(api, user.email, d.role);
        onUser((u) => ({ ...u, role: change.role }));
      },
    },
  );
  return (
    <SettingsForm id="user-role" settings={form} title={w.roleTitle}>
      {(d) => (
        <ChoiceField
          path="role"
          label={w.role}
          value={d.role}
          options={ROLES.map((r) => [r, w.roleChoice(t.account.roles[r], w.roleHints[r])] as const)}
          onValue={(role) => form.edit((x) => ({ ...x, role }))}
        />
      )}
    </SettingsForm>
  );
}

import { SettingsForm, TextField } from '../../components/form';
import { useApi } from '../../lib/use-api';
import { useWords } from '../../lib/use-strings';
import { setDelegates } from './api';
import { type UserPartProps, useUserForm } from './use-user-form';
import { splitNames } from './user-draft';
import { usersWords } from './words';

/**
 * Who may release this user's jobs at a printer (the glossary's delegate), `PUT
 * /api/admin/users/:email/delegates` with the whole list: those kept, and those typed by email or short
 * name. The server refuses someone who does not exist, or the user themselves, by name.
 */
export function DelegatesForm({ user, onUser }: UserPartProps) {
  const api = useApi();
  const w = useWords(usersWords).detail;
  const form = useUserForm(
    { kept: user.delegates, more: '' },
    {
      send: async (d) => {
        const delegates = await setDelegates(api, user.email, [
          ...d.kept.map((k) => k.email),
          ...splitNames(d.more),
        ]);
        onUser((u) => ({ ...u, delegates }));
      },
    },
  );
  return (
    <SettingsForm id="user-delegates" settings={form} title={w.delegates}>
      {(d) => (
        <>
          <p class="hint">{w.delegatesIntro}</p>
          {d.kept.length === 0 ? (
            <p data-testid="no-delegates">{w.noDelegates}</p>
          ) : (
            <ul class="delegates">
              {d.kept.map((k) => (
                <li key={k.email} data-testid="delegate">
                  <span>
                    {k.displayName} <span class="muted">{k.email}</span>
                  </span>
                  <button
                    type="button"
                    class="remove"
                    aria-label={w.removeWho(k.displayName)}
                    onClick={() =>
                      form.edit((x) => ({ ...x, kept: x.kept.filter((other) => other.email !== k.email) }))
                    }
                  >
                    {w.remove}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <TextField
            path="delegates"
            label={w.addDelegate}
            hint={w.addDelegateHint}
            value={d.more}
            size={32}
            onValue={(more) => form.edit((x) => ({ ...x, more }))}
          />
        </>
      )}
    </SettingsForm>
  );
}

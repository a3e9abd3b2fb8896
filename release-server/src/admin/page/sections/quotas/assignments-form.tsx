import type { AssignmentScope, QuotaAssignment } from '@quire/protocol';
import { PartError, SelectField, SettingsForm, TextField } from '../../components/form';
import { removeAt, replaceAt } from '../../lib/draft';
import type { Settings } from '../../lib/use-settings';
import { useStrings } from '../../lib/use-strings';

const SCOPES: readonly AssignmentScope[] = ['company', 'cost-center', 'department', 'user'];

/** Whom an assignment names, as typed. */
const subjectOf = (a: QuotaAssignment): string =>
  a.scope === 'company'
    ? ''
    : a.scope === 'cost-center'
      ? a.costCenter
      : a.scope === 'department'
        ? a.department
        : a.email;

function assignment(scope: AssignmentScope, subject: string, quota: string): QuotaAssignment {
  switch (scope) {
    case 'company':
      return { scope, quota };
    case 'cost-center':
      return { scope, costCenter: subject, quota };
    case 'department':
      return { scope, department: subject, quota };
    case 'user':
      return { scope, email: subject, quota };
    default:
      return scope satisfies never;
  }
}

const SUBJECT_PATH = { 'cost-center': 'costCenter', department: 'department', user: 'email' } as const;

/**
 * PRODUCT.md §7: who gets which quota: the company default, a cost centre or a department (the policy
 * says which counts), a user; the most specific wins. `names` are the definitions as they stand.
 */
export function AssignmentsForm({
  settings,
  names,
}: {
  settings: Settings<QuotaAssignment[]>;
  names: readonly string[];
}) {
  const t = useStrings();
  const w = t.quotas;
  const quotas = names.map((n) => [n, n] as const);
  return (
    <SettingsForm id="quota-assignments" title={w.assignments} settings={settings}>
      {(list) => (
        <>
          <p class="hint">{w.assignmentsHint}</p>
          <PartError path="" />
          {list.length === 0 && <p class="muted">{w.noAssignments}</p>}
          <ol class="parts">
            {list.map((a, i) => {
              const set = (x: QuotaAssignment) => settings.edit((l) => replaceAt(l, i, x));
              return (
                <li key={i} class="part row" data-testid="assignment">
                  <SelectField
                    path={`${i}.scope`}
                    label={w.scope}
                    value={a.scope}
                    options={SCOPES.map((s) => [s, w.scopes[s]] as const)}
                    onValue={(scope) => set(assignment(scope, subjectOf(a), a.quota))}
                  />
                  {a.scope !== 'company' && (
                    <TextField
                      path={`${i}.${SUBJECT_PATH[a.scope]}`}
                      label={w.subjects[a.scope]}
                      value={subjectOf(a)}
                      size={24}
                      onValue={(subject) => set(assignment(a.scope, subject, a.quota))}
                    />
                  )}
                  <SelectField
                    path={`${i}.quota`}
                    label={w.quota}
                    value={a.quota}
                    options={names.includes(a.quota) ? quotas : [[a.quota, a.quota], ...quotas]}
                    onValue={(quota) => set({ ...a, quota })}
                  />
                  <button type="button" class="remove" onClick={() => settings.edit((l) => removeAt(l, i))}>
                    {w.removeAssignment(i + 1)}
                  </button>
                </li>
              );
            })}
          </ol>
          {names.length === 0 ? (
            <p class="muted">{w.defineFirst}</p>
          ) : (
            <button
              type="button"
              data-testid="add-assignment"
              onClick={() =>
                settings.edit((l) => [...l, { scope: 'department', department: '', quota: names[0]! }])
              }
            >
              {w.addAssignment}
            </button>
          )}
        </>
      )}
    </SettingsForm>
  );
}

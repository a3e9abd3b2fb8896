import { SETTINGS } from '../../lib/admin-api';
import { useSettings } from '../../lib/use-settings';
import { useStrings } from '../../lib/use-strings';
import { AssignmentsForm } from './assignments-form';
import { DefinitionsForm, wholeImpressions } from './definitions-form';
import { PolicyForm } from './policy-form';

/**
 * `#/quotas`: definitions, assignments and the policy, each its own form and PUT
 * (`/api/admin/quota-definitions`, `/quota-assignments`, `/quota-policy`): the server checks each
 * against the others as saved, so a new definition is saved before it is assigned.
 */
export function QuotasSection() {
  const t = useStrings();
  const definitions = useSettings(SETTINGS.quotaDefinitions, wholeImpressions);
  const assignments = useSettings(SETTINGS.quotaAssignments);
  const policy = useSettings(SETTINGS.quotaPolicy);
  const names = (definitions.draft ?? []).map((d) => d.name).filter((n) => n.trim() !== '');
  return (
    <>
      <h1 tabIndex={-1}>{t.quotas.title}</h1>
      <p class="intro">{t.quotas.intro}</p>
      <DefinitionsForm settings={definitions} />
      <AssignmentsForm settings={assignments} names={names} />
      <PolicyForm settings={policy} />
    </>
  );
}

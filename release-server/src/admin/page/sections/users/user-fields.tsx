import { TextField } from '../../components/form';
import { useWords } from '../../lib/use-strings';
import type { NameField } from './name-fields';
import type { DetailsDraft } from './user-draft';
import { usersWords } from './words';

interface Props {
  draft: DetailsDraft;
  onField: (field: NameField | 'password', value: string) => void;
  /** The password box's label and hint: a first password, or a new one for someone who has one. */
  password: { label: string; hint: string };
}

/**
 * A person's names and place (PRODUCT.md §9: the users CSV's fields) and a password, as the new-user
 * form and a user's "Name and details" form both show them. Each box is named by the API's field, so
 * that the server's refusals come back next to it.
 */
export function UserFields({ draft, onField, password }: Props) {
  const w = useWords(usersWords).fields;
  const text = (field: NameField, o: { hint?: string; size?: number; rows?: number } = {}) => (
    <TextField
      path={field}
      label={w[field]}
      hint={o.hint}
      value={draft[field]}
      size={o.size}
      rows={o.rows}
      spellcheck={field !== 'shortname'}
      onValue={(v) => onField(field, v)}
    />
  );
  return (
    <>
      <div class="row">
        {text('firstName', { size: 24 })}
        {text('lastName', { size: 24 })}
      </div>
      {text('displayName', { hint: w.displayNameHint })}
      {text('shortname', { hint: w.shortnameHint, size: 24 })}
      <div class="row">
        {text('department', { size: 24 })}
        {text('costCenter', { size: 16 })}
      </div>
      {text('customAttributes', { hint: w.customAttributesHint, rows: 3 })}
      <TextField
        path="password"
        label={password.label}
        hint={password.hint}
        value={draft.password}
        size={24}
        secret
        onValue={(v) => onField('password', v)}
      />
    </>
  );
}

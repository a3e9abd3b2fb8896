import { useEffect, useState } from 'preact/hooks';
import { TextField } from '../../components/form';
import { useStrings } from '../../lib/use-strings';
import { hoursText, type RetentionField, readHours } from './hours';

interface Props {
  path: RetentionField;
  label: string;
  hint: string;
  /** A number of hours, or the text typed that is not one yet (lib/draft.ts). */
  value: number;
  onValue: (hours: number) => void;
}

/**
 * A lifespan in hours, typed as text in the page's language (0,5 in French). The text is kept as typed
 * while it means the value ("1,0" stays, not "1"), and rewritten when the value changes from outside
 * (loaded, saved). The parent keys it by language, so a switch rewrites it in the other's decimals.
 */
export function HoursField({ path, label, hint, value, onValue }: Props) {
  const t = useStrings();
  const [text, setText] = useState(() => hoursText(value, t.locale));
  useEffect(() => {
    if (readHours(text) !== value) setText(hoursText(value, t.locale));
  }, [value]);
  return (
    <TextField
      path={path}
      label={label}
      hint={hint}
      value={text}
      inputMode="decimal"
      size={8}
      onValue={(typed) => {
        setText(typed);
        onValue(readHours(typed));
      }}
    />
  );
}

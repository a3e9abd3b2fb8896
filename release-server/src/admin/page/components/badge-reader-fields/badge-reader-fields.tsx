import { type BadgeReaderConfig, normalizeBadge } from '@quire/protocol';
import { useState } from 'preact/hooks';
import { wholeNumberOrNull } from '../../lib/draft';
import { useStrings } from '../../lib/use-strings';
import { CheckField, SelectField, TextField, useField } from '../form';

interface Props {
  /** Where the settings sit in what is sent: '' for `/badge-reader`, `badgeReader.` in a printer's panel. */
  prefix: string;
  value: BadgeReaderConfig;
  onChange: (value: BadgeReaderConfig) => void;
}

const FORMATS = ['decimal', 'hex', 'text'] as const;

/**
 * How a badge reader's keystrokes become a badge number (protocol/src/badge.ts), every option shown in
 * the order they apply, and a box to try a badge with the settings as they stand, before saving.
 */
export function BadgeReaderFields({ prefix, value: v, onChange }: Props) {
  const t = useStrings();
  const b = t.badgeReader;
  const set =
    <K extends keyof BadgeReaderConfig>(key: K) =>
    (x: BadgeReaderConfig[K]) =>
      onChange({ ...v, [key]: x });
  const formats = FORMATS.map((f) => [f, b.formats[f]] as const);
  return (
    <>
      <TextField
        path={`${prefix}pattern`}
        label={b.pattern}
        hint={b.patternHint}
        value={v.pattern}
        onValue={(x) => set('pattern')(x === '' ? null : x)}
      />
      <SelectField
        path={`${prefix}input`}
        label={b.input}
        value={v.input}
        options={formats}
        onValue={set('input')}
      />
      <CheckField
        path={`${prefix}reverseBytes`}
        label={b.reverseBytes}
        checked={v.reverseBytes}
        onValue={set('reverseBytes')}
      />
      <CheckField
        path={`${prefix}wiegand26`}
        label={b.wiegand26}
        checked={v.wiegand26}
        onValue={set('wiegand26')}
      />
      <SelectField
        path={`${prefix}output`}
        label={b.output}
        value={v.output}
        options={formats}
        onValue={set('output')}
      />
      <CheckField
        path={`${prefix}stripLeadingZeros`}
        label={b.stripLeadingZeros}
        checked={v.stripLeadingZeros}
        onValue={set('stripLeadingZeros')}
      />
      <TextField
        path={`${prefix}padTo`}
        label={b.padTo}
        hint={b.padToHint}
        value={v.padTo}
        inputMode="numeric"
        size={4}
        onValue={(x) => set('padTo')(wholeNumberOrNull(x))}
      />
      <CheckField
        path={`${prefix}allowTyped`}
        label={b.allowTyped}
        hint={b.allowTypedHint}
        checked={v.allowTyped}
        onValue={set('allowTyped')}
      />
      <TryBadge prefix={prefix} value={v} />
    </>
  );
}

/** Not sent: what a badge would become with these settings. */
function TryBadge({ prefix, value }: { prefix: string; value: BadgeReaderConfig }) {
  const t = useStrings();
  const b = t.badgeReader;
  const [raw, setRaw] = useState('');
  const f = useField(`${prefix}try`, b.tryHint);
  const result = raw === '' ? null : normalizeBadge(raw, value);
  return (
    <div class="field try">
      <label for={f.id}>{b.tryLabel}</label>
      <input
        id={f.id}
        type="text"
        value={raw}
        autoComplete="off"
        spellcheck={false}
        aria-describedby={`${f.id}-hint ${f.id}-result`}
        onInput={(e) => setRaw(e.currentTarget.value)}
        data-testid="try-badge"
      />
      <p id={`${f.id}-hint`} class="hint">
        {b.tryHint}
      </p>
      <p id={`${f.id}-result`} class="try-result" aria-live="polite" data-testid="try-result">
        {result === null ? '' : result.ok ? b.becomes(result.badge) : b.rejected[result.reason]}
      </p>
    </div>
  );
}

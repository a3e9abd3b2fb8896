import type { Language } from '@quire/protocol';
import { useStrings } from '../../lib/use-strings';
import { type Key, keyId, keyLabel, LAYOUTS } from './keys';

export interface OnScreenKeyboardProps {
  language: Language;
  shift: boolean;
  onKey(key: Key): void;
}

/**
 * The panel has no keyboard: this one is drawn on the touch screen (issue 4). Its keys are buttons, never
 * key events, so a badge reader's keystrokes go on being read as a badge while it is open
 * (use-badge-input.ts), and nothing a reader types lands in a field.
 */
export function OnScreenKeyboard({ language, shift, onKey }: OnScreenKeyboardProps) {
  const t = useStrings();
  const name = (key: Key): string | undefined =>
    key.kind === 'shift' ? t.keyboard.shift : key.kind === 'backspace' ? t.keyboard.backspace : undefined;
  return (
    <div class="keyboard" data-testid="keyboard">
      {LAYOUTS[language].map((row, i) => (
        <div class="key-row" key={i}>
          {row.map((key) => (
            <button
              type="button"
              key={keyId(key)}
              class={`key key-${key.kind}`}
              data-testid={keyId(key)}
              aria-label={name(key)}
              aria-pressed={key.kind === 'shift' ? shift : undefined}
              onClick={() => onKey(key)}
            >
              {keyLabel(key, shift)}
            </button>
          ))}
        </div>
      ))}
    </div>
  );
}

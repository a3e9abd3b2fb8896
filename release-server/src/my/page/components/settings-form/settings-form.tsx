import { COLOR_MODES, MAX_COPIES, type MyDefaultSettings, SIDES } from '@quire/protocol';
import { useEffect, useState } from 'preact/hooks';
import type { MyApi } from '../../lib/api';
import { errorText } from '../../lib/error-text';
import { useLoad } from '../../lib/use-load';
import { useStrings } from '../../lib/use-strings';
import { LoadState } from '../load-state';
import { Said } from '../said';

/** My default copies, sides and colour for what I upload here; the panel can still change them (late binding). */
export function SettingsForm({ api }: { api: MyApi }) {
  const t = useStrings();
  const loaded = useLoad(api.settings);
  const [draft, setDraft] = useState<MyDefaultSettings | null>(null);
  const [copies, setCopies] = useState('');
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | { error: unknown }>('idle');
  useEffect(() => {
    if (loaded.data) {
      setDraft(loaded.data);
      setCopies(String(loaded.data.copies));
    }
  }, [loaded.data]);

  const save = async (e: Event) => {
    e.preventDefault();
    if (!draft || state === 'saving') return;
    setState('saving');
    try {
      loaded.set(await api.saveSettings({ ...draft, copies: Number(copies) }));
      setState('saved');
    } catch (error) {
      setState({ error });
    }
  };
  const change = (patch: Partial<MyDefaultSettings>) => {
    if (draft) setDraft({ ...draft, ...patch });
    setState('idle');
  };

  return (
    <section class="card" aria-labelledby="settings-title" data-testid="settings">
      <h2 id="settings-title">{t.settings.title}</h2>
      <p class="muted">{t.settings.intro}</p>
      <LoadState loaded={loaded} />
      {draft && (
        <form onSubmit={save} noValidate>
          <label for="copies">{t.settings.copies}</label>
          <input
            id="copies"
            class="copies"
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_COPIES}
            value={copies}
            aria-describedby="settings-said"
            data-testid="copies"
            onInput={(e) => {
              setCopies(e.currentTarget.value);
              setState('idle');
            }}
          />
          <fieldset>
            <legend>{t.settings.sides}</legend>
            {SIDES.map((sides) => (
              <label key={sides} class="choice">
                <input
                  type="radio"
                  name="sides"
                  value={sides}
                  checked={draft.sides === sides}
                  data-testid={`sides-${sides}`}
                  onChange={() => change({ sides })}
                />
                {t.settings.sidesValues[sides]}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t.settings.color}</legend>
            {COLOR_MODES.map((colorMode) => (
              <label key={colorMode} class="choice">
                <input
                  type="radio"
                  name="color"
                  value={colorMode}
                  checked={draft.colorMode === colorMode}
                  data-testid={`color-${colorMode}`}
                  onChange={() => change({ colorMode })}
                />
                {t.settings.colorValues[colorMode]}
              </label>
            ))}
          </fieldset>
          <Said
            id="settings-said"
            ok={state === 'saved' ? t.settings.saved : ''}
            problem={typeof state === 'object' ? errorText(state.error, t) : ''}
            testid="settings-said"
          />
          <button type="submit" class="primary" data-testid="save-settings">
            {state === 'saving' ? t.settings.saving : t.settings.save}
          </button>
        </form>
      )}
    </section>
  );
}

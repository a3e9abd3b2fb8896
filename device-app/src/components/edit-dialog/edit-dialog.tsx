import type { JobView, Policies, PrinterCapabilities, SettingsPatch } from '@quire/protocol';
import { useState } from 'preact/hooks';
import { useStrings } from '../../lib/use-strings';
import {
  draftOf,
  editOptions,
  hasFinishing,
  settingsPatch,
  stepCopies,
  toggleFinishing,
  toggleSides,
} from './edit-options';
import { Switch } from './switch';

export interface EditDialogProps {
  job: JobView;
  capabilities: PrinterCapabilities;
  policies: Policies;
  /** A save is on its way to the server. */
  saving: boolean;
  /** Why the last save failed, in words, if it did. */
  error: string | null;
  onSave(patch: SettingsPatch): void;
  onCancel(): void;
}

/**
 * Late binding (PRODUCT.md §5.4): copies (unless the policy locks them), two-sided, black and white, and
 * the finishing this printer can do; nothing it cannot.
 */
export function EditDialog({
  job,
  capabilities,
  policies,
  saving,
  error,
  onSave,
  onCancel,
}: EditDialogProps) {
  const t = useStrings();
  const [draft, setDraft] = useState(() => draftOf(job));
  // An error already on the status line when the dialog opened is not about this dialog.
  const [tried, setTried] = useState(false);
  const options = editOptions(job, capabilities, policies);
  const step = (delta: -1 | 1): void =>
    setDraft({ ...draft, copies: stepCopies(draft.copies, delta, options.copiesMax) });

  return (
    <div class="overlay">
      <div
        class="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="edit-title"
        data-testid="edit-dialog"
      >
        <h2 id="edit-title">{t.edit.title}</h2>
        <p class="dialog-job">{job.name || t.jobs.untitled}</p>
        <div class="setting">
          <span>{t.edit.copies}</span>
          <div class="stepper">
            <button
              type="button"
              data-testid="copies-minus"
              aria-label={t.edit.fewer}
              disabled={!options.copies || draft.copies <= 1}
              onClick={() => step(-1)}
            >
              −
            </button>
            <output data-testid="copies-value" aria-live="polite">
              {draft.copies}
            </output>
            <button
              type="button"
              data-testid="copies-plus"
              aria-label={t.edit.more}
              disabled={!options.copies || draft.copies >= options.copiesMax}
              onClick={() => step(1)}
            >
              +
            </button>
          </div>
        </div>
        {!options.copies && (
          <p class="dialog-note" data-testid="copies-locked">
            {t.edit.copiesLocked}
          </p>
        )}
        <div class="switches">
          {options.twoSided && (
            <Switch
              testId="two-sided"
              label={t.edit.twoSided}
              on={draft.sides !== 'one-sided'}
              onToggle={() => setDraft({ ...draft, sides: toggleSides(draft, job) })}
            />
          )}
          {options.mono && (
            <Switch
              testId="mono"
              label={t.edit.mono}
              on={draft.colorMode === 'monochrome'}
              onToggle={() =>
                setDraft({ ...draft, colorMode: draft.colorMode === 'monochrome' ? 'color' : 'monochrome' })
              }
            />
          )}
          {options.finishings.map((option) => (
            <Switch
              key={option.family}
              testId={`finishing-${option.family}`}
              label={t.edit[option.family]}
              on={hasFinishing(draft.finishings, option.family)}
              onToggle={() => setDraft({ ...draft, finishings: toggleFinishing(draft.finishings, option) })}
            />
          ))}
        </div>
        {tried && error && !saving && (
          <p class="dialog-error" role="alert">
            {error}
          </p>
        )}
        <div class="dialog-actions">
          <button type="button" data-testid="cancel" onClick={onCancel}>
            {t.edit.cancel}
          </button>
          <button
            type="button"
            class="primary"
            data-testid="save"
            disabled={saving}
            onClick={() => {
              setTried(true);
              onSave(settingsPatch(job, draft));
            }}
          >
            {saving ? t.actions.sending : t.edit.save}
          </button>
        </div>
      </div>
    </div>
  );
}

import {
  type ConfigApplyResult,
  type ConfigIssue,
  type ConfigSectionDiff,
  MAX_CONFIG_BYTES,
} from '@quire/protocol';
import { useRef, useState } from 'preact/hooks';
import { errorText } from '../../lib/error-text';
import { useApi } from '../../lib/use-api';
import { useStrings, useWords } from '../../lib/use-strings';
import { applyConfig, previewConfig } from './api';
import { ConfigDiffView } from './config-diff-view';
import { deletions, readJson } from './config-file';
import { configurationWords } from './words';

/** A file that passed the server's check, and what it would change. */
interface Checked {
  doc: unknown;
  changes: number;
  diff: ConfigSectionDiff[];
}

/** Where an import stands. Only `preview` (and a failed apply, to try again) offers Apply. */
type Step =
  | { kind: 'none' }
  | { kind: 'reading' }
  /** The file could not be sent for a check: too large, unreadable, not JSON, or the check failed. */
  | { kind: 'unusable'; text: string }
  | { kind: 'problems'; errors: ConfigIssue[]; applying: boolean }
  | { kind: 'preview'; checked: Checked }
  | { kind: 'applying'; checked: Checked }
  | { kind: 'failed'; checked: Checked; error: unknown }
  | { kind: 'applied'; result: ConfigApplyResult }
  | { kind: 'cancelled' };

const MB = MAX_CONFIG_BYTES / 1024 / 1024;

/**
 * "Import": choosing a file sends it for a preview (`POST /config/preview`), which changes nothing and
 * answers the diff or every problem with its JSONPath. "Apply" is offered only for a preview with
 * changes, and sends the same document (`PUT /config`), applied in one transaction; "Cancel" drops it.
 */
export function ImportPart() {
  const t = useStrings();
  const w = useWords(configurationWords);
  const api = useApi();
  const input = useRef<HTMLInputElement>(null);
  const [step, setStep] = useState<Step>({ kind: 'none' });

  const choose = async (file: File | undefined) => {
    if (!file) return;
    // A file far past the limit is not read at all; the limit is on what is sent, without indentation.
    if (file.size > 4 * MAX_CONFIG_BYTES) return setStep({ kind: 'unusable', text: w.import.tooLarge(MB) });
    setStep({ kind: 'reading' });
    let text: string;
    try {
      text = await file.text();
    } catch {
      return setStep({ kind: 'unusable', text: w.import.unreadable });
    }
    const read = readJson(text);
    if (!read.ok) return setStep({ kind: 'unusable', text: w.import.notJson(read.reason) });
    if (new Blob([JSON.stringify(read.value)]).size > MAX_CONFIG_BYTES)
      return setStep({ kind: 'unusable', text: w.import.tooLarge(MB) });
    try {
      const preview = await previewConfig(api, read.value);
      setStep(
        preview.valid
          ? { kind: 'preview', checked: { doc: read.value, changes: preview.changes, diff: preview.diff } }
          : { kind: 'problems', errors: preview.errors, applying: false },
      );
    } catch (error) {
      setStep({ kind: 'unusable', text: w.import.failed(errorText(error, t)) });
    }
  };

  const apply = async (checked: Checked) => {
    setStep({ kind: 'applying', checked });
    try {
      const answer = await applyConfig(api, checked.doc);
      setStep(
        'applied' in answer
          ? { kind: 'applied', result: answer }
          : { kind: 'problems', errors: answer.errors, applying: true },
      );
      if (input.current) input.current.value = '';
    } catch (error) {
      setStep({ kind: 'failed', checked, error });
    }
  };

  const cancel = () => {
    if (input.current) input.current.value = '';
    setStep({ kind: 'cancelled' });
    input.current?.focus();
  };

  const p = w.preview;
  const status = (() => {
    switch (step.kind) {
      case 'none':
        return '';
      case 'reading':
        return w.import.reading;
      case 'unusable':
        return step.text;
      case 'problems':
        return step.applying ? w.applied.refused(step.errors.length) : w.problems.nothing;
      case 'preview':
        return step.checked.changes === 0 ? p.same : p.changes(step.checked.changes);
      case 'applying':
        return p.applying;
      case 'failed':
        return w.applied.failed(errorText(step.error, t));
      case 'applied':
        return w.applied.done(step.result.changes);
      case 'cancelled':
        return p.cancelled;
      default:
        return step satisfies never;
    }
  })();
  const bad = step.kind === 'unusable' || step.kind === 'problems' || step.kind === 'failed';
  const checked = 'checked' in step ? step.checked : null;
  return (
    <section class="settings" aria-labelledby="import-title">
      <h2 id="import-title">{w.import.title}</h2>
      <p class="hint">{w.import.intro}</p>
      <div class="field">
        <label for="config-file">{w.import.file}</label>
        <input
          ref={input}
          id="config-file"
          type="file"
          accept=".json,application/json"
          aria-describedby="config-file-hint"
          disabled={step.kind === 'reading' || step.kind === 'applying'}
          data-testid="config-file"
          onChange={(e) => void choose(e.currentTarget.files?.[0])}
        />
        <p id="config-file-hint" class="hint">
          {w.import.fileHint(MB)}
        </p>
      </div>
      <p
        class={`form-status ${bad ? 'form-failed' : step.kind === 'applied' ? 'form-saved' : ''}`}
        role="status"
        data-testid="config-status"
      >
        {status}
      </p>
      {step.kind === 'problems' && <Problems errors={step.errors} />}
      {checked && checked.changes > 0 && (
        <div class="report" data-testid="config-preview">
          <h3>{p.title}</h3>
          <Deletions diff={checked.diff} />
          <ConfigDiffView diff={checked.diff} />
          <div class="form-actions">
            <button
              type="button"
              class="primary"
              aria-disabled={step.kind === 'applying' ? 'true' : undefined}
              data-testid="config-apply"
              onClick={() => step.kind !== 'applying' && void apply(checked)}
            >
              {step.kind === 'applying' ? p.applying : p.apply(checked.changes)}
            </button>
            <button
              type="button"
              disabled={step.kind === 'applying'}
              data-testid="config-cancel"
              onClick={cancel}
            >
              {p.cancel}
            </button>
          </div>
        </div>
      )}
      {step.kind === 'applied' && <Applied result={step.result} />}
    </section>
  );
}

/** Every problem the server found, each with its place in the file (`$.printers[2].uri`). */
function Problems({ errors }: { errors: readonly ConfigIssue[] }) {
  const w = useWords(configurationWords).problems;
  return (
    <div class="report report-bad" data-testid="config-problems">
      <h3>{w.title(errors.length)}</h3>
      <ul class="bad-lines">
        {errors.map((e) => (
          <li key={`${e.path}:${e.message}`} data-testid="config-problem" data-path={e.path}>
            <code>{e.path}</code> {e.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Said before the details (issue 5): what applying deletes because the file does not have it. */
function Deletions({ diff }: { diff: readonly ConfigSectionDiff[] }) {
  const w = useWords(configurationWords);
  const gone = deletions(diff);
  if (gone.length === 0) return null;
  return (
    <div class="diff-deletes" data-testid="config-deletes">
      <p>
        <strong>{w.preview.deletes}</strong>
      </p>
      <ul>
        {gone.map((g) => (
          <li key={g.section}>{w.preview.deleted(w.diff.sections[g.section], g.keys.join(', '))}</li>
        ))}
      </ul>
    </div>
  );
}

/** What the import did: the diff applied, capabilities read, and printers stored unreached. */
function Applied({ result: r }: { result: ConfigApplyResult }) {
  const w = useWords(configurationWords).applied;
  return (
    <div class="report" data-testid="config-applied">
      <h3>{w.title}</h3>
      {r.capabilitiesRead.length > 0 && <p>{w.capabilitiesRead(r.capabilitiesRead.join(', '))}</p>}
      {r.unreachable.length > 0 && (
        <>
          <p>{w.unreachable}</p>
          <ul class="bad-lines" data-testid="config-unreachable">
            {r.unreachable.map((u) => (
              <li key={u.printer}>
                <strong>{u.printer}</strong> {u.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      <ConfigDiffView diff={r.diff} />
    </div>
  );
}

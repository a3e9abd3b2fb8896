import type { ImportReport } from '@quire/protocol';
import { useState } from 'preact/hooks';
import { type ImportKind, importCsv } from '../../lib/admin-api';
import { errorText } from '../../lib/error-text';
import { useAccess } from '../../lib/use-access';
import { useApi } from '../../lib/use-api';
import { useStrings } from '../../lib/use-strings';
import { ImportReportView } from './import-report';

/** PRODUCT.md §9: an import file is at most 1 MB (release-server/src/admin/imports.ts). */
const MAX_BYTES = 1_048_576;

const HEADERS: Record<ImportKind, string> = {
  users:
    'EMAIL,OPERATION,PASSWORD,FIRST_NAME,LAST_NAME,DISPLAY_NAME,SHORTNAME,GROUPS,CUSTOM_ATTRIBUTES,COST_CENTER,DEPARTMENT',
  badges: 'BADGE,OPERATION,EMAIL[,TEMPORARY]',
};

type Problem = 'empty' | 'too-large' | 'not-checked' | { error: unknown };

/**
 * `#/import-users` and `#/import-badges`: paste the CSV or choose the file; "Check" runs the import as a
 * dry run (`?dryRun=1`) and lists every bad line; "Apply" is offered only for the text just checked, and
 * only when it passed, unless "apply the valid lines" is chosen (`?mode=apply-valid`).
 */
export function ImportSection({ kind }: { kind: ImportKind }) {
  const t = useStrings();
  const w = t.imports;
  const api = useApi();
  const { canChange } = useAccess();
  const [text, setText] = useState('');
  const [applyValid, setApplyValid] = useState(false);
  const [checked, setChecked] = useState<{ text: string; applyValid: boolean; report: ImportReport } | null>(
    null,
  );
  const [applied, setApplied] = useState<ImportReport | null>(null);
  const [busy, setBusy] = useState<'check' | 'apply' | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const id = `import-${kind}`;

  const current = checked !== null && checked.text === text && checked.applyValid === applyValid;
  const canApply = current && (applyValid || checked.report.errors.length === 0);
  const mode = applyValid ? 'apply-valid' : 'all-or-nothing';

  const run = async (dryRun: boolean) => {
    if (busy) return;
    if (text.trim() === '') return setProblem('empty');
    if (new Blob([text]).size > MAX_BYTES) return setProblem('too-large');
    if (!dryRun && !canApply) return setProblem('not-checked');
    setBusy(dryRun ? 'check' : 'apply');
    setProblem(null);
    try {
      const report = await importCsv(api, kind, text, { dryRun, mode });
      if (dryRun) {
        setChecked({ text, applyValid, report });
        setApplied(null);
      } else {
        setApplied(report);
        // Applied: the next file starts from a new check.
        if (report.applied) setChecked(null);
      }
    } catch (error) {
      setProblem({ error });
    } finally {
      setBusy(null);
    }
  };

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setProblem('too-large');
      input.value = '';
      return;
    }
    setText(await file.text());
    setApplied(null);
    setProblem(null);
  };

  const status =
    busy === 'check'
      ? w.checking
      : busy === 'apply'
        ? w.applying
        : problem !== null
          ? typeof problem === 'string'
            ? w.problems[problem]
            : errorText(problem.error, t)
          : applied
            ? applied.applied
              ? w.applied(applied.created.length, applied.updated.length, applied.deleted.length)
              : w.notApplied
            : checked && !current
              ? w.changed
              : checked
                ? checked.report.errors.length === 0
                  ? w.passed
                  : applyValid
                    ? w.failedButValid(checked.report.errors.length)
                    : w.failed(checked.report.errors.length)
                : '';
  return (
    <>
      <h1 tabIndex={-1}>{w.titles[kind]}</h1>
      <p class="intro">{w.intros[kind]}</p>
      {!canChange && (
        <p class="read-only" data-testid="read-only">
          {t.access.readOnly}
        </p>
      )}
      <form
        class="settings import"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void run(true);
        }}
      >
        <fieldset class="plain" disabled={!canChange}>
          <div class="field">
            <label for={`${id}-file`}>{w.file}</label>
            <input
              id={`${id}-file`}
              type="file"
              accept=".csv,text/csv"
              data-testid="import-file"
              onChange={(e) => void choose(e.currentTarget)}
            />
          </div>
          <div class="field">
            <label for={`${id}-text`}>{w.text}</label>
            <textarea
              id={`${id}-text`}
              rows={8}
              spellcheck={false}
              wrap="off"
              aria-describedby={`${id}-header`}
              value={text}
              data-testid="import-text"
              onInput={(e) => {
                setText(e.currentTarget.value);
                setApplied(null);
              }}
            />
            <p id={`${id}-header`} class="hint">
              {w.header} <code>{HEADERS[kind]}</code>
            </p>
          </div>
          <div class="field check">
            <input
              id={`${id}-valid`}
              type="checkbox"
              checked={applyValid}
              data-testid="apply-valid"
              onChange={(e) => setApplyValid(e.currentTarget.checked)}
            />
            <label for={`${id}-valid`}>{w.applyValid}</label>
          </div>
          <div class="form-actions">
            <button type="submit" aria-disabled={busy ? 'true' : undefined} data-testid="import-check">
              {w.check}
            </button>
            <button
              type="button"
              class="primary"
              disabled={!canApply || busy !== null}
              data-testid="import-apply"
              onClick={() => void run(false)}
            >
              {applyValid ? w.applyValidButton : w.apply}
            </button>
            <p class="form-status" role="status" data-testid="import-status">
              {status}
            </p>
          </div>
        </fieldset>
      </form>
      {applied ? (
        <ImportReportView report={applied} applyValid={applyValid} />
      ) : (
        checked && current && <ImportReportView report={checked.report} applyValid={applyValid} />
      )}
    </>
  );
}

export const ImportUsersSection = () => <ImportSection kind="users" />;
export const ImportBadgesSection = () => <ImportSection kind="badges" />;

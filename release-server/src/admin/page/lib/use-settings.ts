import { useCallback, useEffect, useState } from 'preact/hooks';
import type * as z from 'zod/mini';
import type { SettingsResource } from './admin-api';
import { type FieldErrors, issueErrors, serverFieldError } from './form-errors';
import { useApi } from './use-api';
import { useStrings } from './use-strings';

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  /** The protocol schema found problems; nothing was sent. */
  | { kind: 'invalid' }
  | { kind: 'failed'; error: unknown };

export interface Settings<T> {
  /** What the form shows: the server's value as edited; null until loaded. */
  draft: T | null;
  loadError: unknown;
  reload(): void;
  edit(change: (draft: T) => T): void;
  errors: FieldErrors;
  status: SaveStatus;
  save(): Promise<void>;
}

/**
 * A setting edited in a form: read with GET, checked with the protocol schema before anything is sent
 * (STYLE.md: one contract), written with PUT, and the server's answer shown as saved. A refusal that names
 * a field is shown next to it. A draft may hold what was typed in a number field before it is a number:
 * the check before sending is what finds it.
 */
export function useSettings<T>(
  resource: SettingsResource<T>,
  /**
   * The page's own checks, before the schema's: what the form knows and the schema cannot (an amount
   * in an impressions quota must be a whole number, where the schema also takes money).
   */
  precheck?: (draft: T) => z.core.$ZodIssue[],
): Settings<T> {
  const api = useApi();
  const t = useStrings();
  const [draft, setDraft] = useState<T | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  // Kept as issues, not words, so that switching the language rewords them.
  const [issues, setIssues] = useState<readonly z.core.$ZodIssue[]>([]);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setDraft(null);
    setLoadError(null);
    api.get(resource.path, resource.schema, controller.signal).then(
      (value) => setDraft(value),
      (error: unknown) => !controller.signal.aborted && setLoadError(error),
    );
    return () => controller.abort();
  }, [api, resource.path, attempt]);

  const edit = useCallback((change: (d: T) => T) => {
    setDraft((d) => (d === null ? d : change(d)));
    setStatus((s) => (s.kind === 'saved' ? { kind: 'idle' } : s));
  }, []);

  const save = async () => {
    if (draft === null || status.kind === 'saving') return;
    const parsed = resource.schema.safeParse(draft);
    const own = precheck?.(draft) ?? [];
    if (!parsed.success || own.length > 0) {
      setIssues([...own, ...(parsed.success ? [] : parsed.error.issues)]);
      setStatus({ kind: 'invalid' });
      return;
    }
    setStatus({ kind: 'saving' });
    try {
      const saved = await api.send('PUT', resource.path, resource.schema, parsed.data);
      setDraft(saved);
      setIssues([]);
      setStatus({ kind: 'saved' });
    } catch (error) {
      setIssues([]);
      setStatus({ kind: 'failed', error });
    }
  };

  const field = status.kind === 'failed' ? serverFieldError(status.error, t) : null;
  const errors: FieldErrors = field ? { [field.path]: field.text } : issueErrors(issues, t);
  return {
    draft,
    loadError,
    reload: () => setAttempt((n) => n + 1),
    edit,
    errors,
    status,
    save,
  };
}

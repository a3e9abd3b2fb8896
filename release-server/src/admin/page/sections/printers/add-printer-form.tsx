import { addPrinterBodySchema, printerRecordSchema } from '@quire/protocol';
import { useState } from 'preact/hooks';
import type * as z from 'zod/mini';
import { FormContext, TextField } from '../../components/form';
import { errorText } from '../../lib/error-text';
import { issueErrors } from '../../lib/form-errors';
import { useAccess } from '../../lib/use-access';
import { useApi } from '../../lib/use-api';
import { useStrings } from '../../lib/use-strings';

type Status =
  | { kind: 'idle' | 'adding' }
  | { kind: 'added'; name: string; created: boolean }
  | { kind: 'failed'; error: unknown };

/**
 * "Add a printer" (issue 5): a name and the printer's IPP address, `POST /api/admin/printers`; the server
 * reads the printer's capabilities before saving it, so an address that does not answer is refused
 * with the reason. The same name again moves that printer to the new address.
 */
export function AddPrinterForm({ onAdded }: { onAdded: () => void }) {
  const t = useStrings();
  const w = t.printers;
  const api = useApi();
  const { canChange } = useAccess();
  const [values, setValues] = useState({ name: '', uri: '' });
  const [issues, setIssues] = useState<readonly z.core.$ZodIssue[]>([]);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const submit = async (e: Event) => {
    e.preventDefault();
    if (status.kind === 'adding') return;
    const parsed = addPrinterBodySchema.safeParse({ name: values.name.trim(), uri: values.uri.trim() });
    setIssues(parsed.success ? [] : parsed.error.issues);
    if (!parsed.success) {
      setStatus({ kind: 'idle' });
      document.querySelector<HTMLElement>('#add-printer [aria-invalid="true"]')?.focus();
      return;
    }
    setStatus({ kind: 'adding' });
    try {
      const { status: http } = await api.request('/printers', {
        method: 'POST',
        body: parsed.data,
        schema: printerRecordSchema,
      });
      setStatus({ kind: 'added', name: parsed.data.name, created: http === 201 });
      setValues({ name: '', uri: '' });
      onAdded();
    } catch (error) {
      setStatus({ kind: 'failed', error });
    }
  };

  const words =
    status.kind === 'adding'
      ? w.adding
      : status.kind === 'added'
        ? w.addedNow(status.name, status.created)
        : status.kind === 'failed'
          ? w.addFailed(errorText(status.error, t))
          : '';
  return (
    <FormContext.Provider value={{ id: 'add-printer', errors: issueErrors(issues, t) }}>
      <form
        id="add-printer"
        class="settings"
        noValidate
        aria-labelledby="add-printer-title"
        onSubmit={submit}
      >
        <h2 id="add-printer-title">{w.add}</h2>
        <fieldset class="plain" disabled={!canChange}>
          <div class="row">
            <TextField
              path="name"
              label={w.name}
              hint={w.nameHint}
              value={values.name}
              size={20}
              onValue={(name) => setValues((v) => ({ ...v, name }))}
            />
            <TextField
              path="uri"
              label={w.uri}
              hint={w.uriHint}
              value={values.uri}
              size={40}
              inputMode="text"
              onValue={(uri) => setValues((v) => ({ ...v, uri }))}
            />
          </div>
          <div class="form-actions">
            <button
              type="submit"
              class="primary"
              aria-disabled={status.kind === 'adding' ? 'true' : undefined}
              data-testid="add-printer"
            >
              {w.addButton}
            </button>
            <p
              class={`form-status form-${status.kind === 'added' ? 'saved' : status.kind}`}
              role="status"
              data-testid="status-add-printer"
            >
              {words}
            </p>
          </div>
        </fieldset>
      </form>
    </FormContext.Provider>
  );
}

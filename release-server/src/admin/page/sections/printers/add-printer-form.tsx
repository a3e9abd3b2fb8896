import { addPrinterBodySchema, type PrinterRecord, printerRecordSchema } from '@quire/protocol';
import { useState } from 'preact/hooks';
import type * as z from 'zod/mini';
import { TextField } from '../../components/form';
import { errorText } from '../../lib/error-text';
import { useApi } from '../../lib/use-api';
import { useStrings } from '../../lib/use-strings';
import { ActionForm } from './action-form';
import { actionWords, useAction } from './use-action';

/**
 * "Add a printer" (issue 5): a name and the printer's IPP address, `POST /api/admin/printers`; the server
 * reads the printer's capabilities before saving it, so an address that does not answer is refused
 * with the reason. The same name again moves that printer to the new address.
 */
export function AddPrinterForm({ onAdded }: { onAdded: () => void }) {
  const t = useStrings();
  const w = t.printers;
  const api = useApi();
  const [values, setValues] = useState({ name: '', uri: '' });
  const [issues, setIssues] = useState<readonly z.core.$ZodIssue[]>([]);
  const add = useAction(async (body: z.infer<typeof addPrinterBodySchema>) => {
    const { status, data } = await api.request<PrinterRecord>('/printers', {
      method: 'POST',
      body,
      schema: printerRecordSchema,
    });
    return { name: data.name, created: status === 201 };
  });

  const submit = async () => {
    const parsed = addPrinterBodySchema.safeParse({ name: values.name.trim(), uri: values.uri.trim() });
    setIssues(parsed.success ? [] : parsed.error.issues);
    if (!parsed.success) return add.reset();
    if (await add.start(parsed.data)) {
      setValues({ name: '', uri: '' });
      onAdded();
    }
  };

  const status = actionWords(add.state, {
    busy: w.adding,
    done: (r) => w.addedNow(r.name, r.created),
    failed: (error) => w.addFailed(errorText(error, t)),
  });
  return (
    <ActionForm
      id="add-printer"
      title={w.add}
      issues={issues}
      state={add.state}
      submit={w.addButton}
      status={status}
      onSubmit={submit}
    >
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
    </ActionForm>
  );
}

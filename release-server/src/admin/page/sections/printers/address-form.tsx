import { type PrinterRecord, type UpdatePrinterBody, updatePrinterBodySchema } from '@quire/protocol';
import { useState } from 'preact/hooks';
import type * as z from 'zod/mini';
import { TextField } from '../../components/form';
import { errorText } from '../../lib/error-text';
import { useApi } from '../../lib/use-api';
import { useStrings, useWords } from '../../lib/use-strings';
import { ActionForm } from './action-form';
import { updatePrinter } from './api';
import { actionWords, useAction } from './use-action';
import { printersWords } from './words';

/**
 * A printer's new address, `PUT /api/admin/printers/:name`: the server reads the capabilities at the new
 * address first and changes nothing if it does not answer; what it read comes back and is shown.
 */
export function AddressForm({
  printer,
  onSaved,
}: {
  printer: PrinterRecord;
  onSaved: (p: PrinterRecord) => void;
}) {
  const t = useStrings();
  const w = useWords(printersWords).address;
  const api = useApi();
  const [uri, setUri] = useState(printer.uri);
  const [issues, setIssues] = useState<readonly z.core.$ZodIssue[]>([]);
  const save = useAction(async (body: UpdatePrinterBody) => ({
    record: await updatePrinter(api, printer.name, body),
    moved: body.uri !== printer.uri,
  }));

  const submit = async () => {
    const parsed = updatePrinterBodySchema.safeParse({ uri: uri.trim() });
    setIssues(parsed.success ? [] : parsed.error.issues);
    if (!parsed.success) return save.reset();
    const saved = await save.start(parsed.data);
    if (saved) {
      setUri(saved.record.uri);
      onSaved(saved.record);
    }
  };

  const status = actionWords(save.state, {
    busy: w.saving,
    done: (r) => (r.moved ? w.saved(printer.name) : w.same),
    failed: (error) => w.failed(errorText(error, t)),
  });
  return (
    <ActionForm
      id="printer-address"
      title={w.title}
      issues={issues}
      state={save.state}
      submit={w.save}
      status={status}
      onSubmit={submit}
    >
      <TextField
        path="uri"
        label={t.printers.uri}
        hint={w.hint}
        value={uri}
        inputMode="text"
        onValue={setUri}
      />
    </ActionForm>
  );
}

import { certificateUploadBodySchema, type SecurityState } from '@quire/protocol';
import { useRef, useState } from 'preact/hooks';
import { FormContext, TextField } from '../../components/form';
import type { FieldErrors } from '../../lib/form-errors';
import { useApi } from '../../lib/use-api';
import { useStrings, useWords } from '../../lib/use-strings';
import { uploadCertificate } from './api';
import { type Outcome, OutcomeView, outcomeErrors } from './outcome';
import { PemField } from './pem-field';
import { securityWords } from './words';

interface Props {
  state: SecurityState;
  /** The server's state after an install, and the sentence saying what changed. */
  onInstalled: (next: SecurityState) => string;
}

const empty = { certificate: '', key: '', passphrase: '', hostName: '' };

/**
 * "Upload a certificate": the certificate and its private key as PEM (files or pasted text), an optional
 * passphrase and host name. Checked with the protocol's schema here, then by the server with node-forge;
 * a refusal is shown next to the form with the server's reason. Once installed, the key and passphrase
 * are cleared from the page: the server never gives them back.
 */
export function UploadForm({ state, onInstalled }: Props) {
  const t = useStrings();
  const w = useWords(securityWords);
  const api = useApi();
  const form = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState(empty);
  const [fileProblems, setFileProblems] = useState<FieldErrors>({});
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const set = (field: keyof typeof empty) => (value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    if (outcome.kind === 'done') setOutcome({ kind: 'idle' });
  };

  const submit = async () => {
    if (outcome.kind === 'busy') return;
    const body = {
      certificate: draft.certificate,
      key: draft.key,
      ...(draft.passphrase !== '' && { passphrase: draft.passphrase }),
      ...(draft.hostName.trim() !== '' && { hostName: draft.hostName }),
    };
    const parsed = certificateUploadBodySchema.safeParse(body);
    if (!parsed.success) return setOutcome({ kind: 'invalid', issues: parsed.error.issues });
    setOutcome({ kind: 'busy' });
    try {
      const next = await uploadCertificate(api, parsed.data);
      // Installed: nothing secret stays on the page.
      form.current?.reset();
      setDraft(empty);
      setOutcome({ kind: 'done', text: onInstalled(next) });
    } catch (error) {
      setOutcome({ kind: 'refused', error });
    }
  };

  const errors: FieldErrors = { ...outcomeErrors(outcome, t), ...fileProblems };
  const fileProblem = (path: string) => (problem: string | null) =>
    setFileProblems(({ [path]: _, ...rest }) => (problem === null ? rest : { ...rest, [path]: problem }));
  const u = w.upload;
  return (
    <FormContext.Provider value={{ id: 'upload', errors }}>
      <form
        ref={form}
        class="settings"
        noValidate
        aria-labelledby="upload-title"
        data-testid="upload-form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <h2 id="upload-title">{u.title}</h2>
        <p class="hint">{u.intro}</p>
        <PemField
          path="certificate"
          label={u.certificateText}
          fileLabel={u.certificateFile}
          hint={u.certificateHint}
          value={draft.certificate}
          onValue={set('certificate')}
          onFileProblem={fileProblem('certificate')}
        />
        <PemField
          path="key"
          label={u.keyText}
          fileLabel={u.keyFile}
          hint={u.keyHint}
          value={draft.key}
          onValue={set('key')}
          onFileProblem={fileProblem('key')}
        />
        <div class="field">
          <label for="upload-passphrase">{u.passphrase}</label>
          <input
            id="upload-passphrase"
            type="password"
            autoComplete="off"
            value={draft.passphrase}
            aria-describedby="upload-passphrase-hint"
            data-testid="passphrase"
            onInput={(e) => set('passphrase')(e.currentTarget.value)}
          />
          <p id="upload-passphrase-hint" class="hint">
            {u.passphraseHint}
          </p>
        </div>
        <TextField
          path="hostName"
          label={u.hostName}
          hint={u.hostNameHint(state.hostName)}
          value={draft.hostName}
          size={40}
          onValue={set('hostName')}
        />
        <OutcomeView id="upload" outcome={outcome} submit={u.submit} busy={u.checking} />
      </form>
    </FormContext.Provider>
  );
}

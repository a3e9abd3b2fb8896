import { MAX_CERTIFICATE_PEM } from '@quire/protocol';
import { useField } from '../../components/form';
import { useWords } from '../../lib/use-strings';
import { securityWords } from './words';

interface Props {
  /** `certificate` or `key`: the field of the upload body, and where its errors come back. */
  path: 'certificate' | 'key';
  label: string;
  fileLabel: string;
  hint: string;
  value: string;
  onValue: (text: string) => void;
  /** A chosen file that cannot be the PEM asked for, in words; null when it was read. */
  onFileProblem: (problem: string | null) => void;
}

/**
 * A PEM text: chosen as a file (read here, never sent as it is) or pasted. What a file holds is shown in
 * the box, so that a file chosen by mistake (the key as the certificate, say) can be seen at once.
 */
export function PemField({ path, label, fileLabel, hint, value, onValue, onFileProblem }: Props) {
  const w = useWords(securityWords).upload;
  const f = useField(path, hint);
  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    if (file.size > MAX_CERTIFICATE_PEM) {
      input.value = '';
      return onFileProblem(w.tooLarge(MAX_CERTIFICATE_PEM / 1024));
    }
    try {
      onValue(await file.text());
      onFileProblem(null);
    } catch {
      onFileProblem(w.unreadable);
    }
  };
  return (
    <div class="pem">
      <div class="field">
        <label for={`${f.id}-file`}>{fileLabel}</label>
        <input
          id={`${f.id}-file`}
          type="file"
          accept=".pem,.crt,.cer,.key,.txt,application/x-pem-file,application/x-x509-ca-cert"
          data-testid={`${path}-file`}
          onChange={(e) => void choose(e.currentTarget)}
        />
      </div>
      <div class="field">
        <label for={f.id}>{label}</label>
        <textarea
          id={f.id}
          name={path}
          rows={6}
          spellcheck={false}
          autoComplete="off"
          wrap="off"
          value={value}
          aria-invalid={f.invalid}
          aria-describedby={f.describedBy}
          data-testid={`${path}-text`}
          onInput={(e) => onValue(e.currentTarget.value)}
        />
        <p id={`${f.id}-hint`} class="hint">
          {hint}
        </p>
        {f.error && (
          <p id={`${f.id}-error`} class="field-error" data-testid="field-error">
            {f.error}
          </p>
        )}
      </div>
    </div>
  );
}

import { SELF_SIGNED_DEFAULT_DAYS, type SecurityState, selfSignedBodySchema } from '@quire/protocol';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { FormContext, fieldId, TextField } from '../../components/form';
import { useApi } from '../../lib/use-api';
import { useStrings, useWords } from '../../lib/use-strings';
import { generateSelfSigned } from './api';
import { type Outcome, OutcomeView, outcomeErrors } from './outcome';
import { securityWords } from './words';

interface Props {
  state: SecurityState;
  onInstalled: (next: SecurityState) => string;
}

/**
 * "Generate a self-signed certificate" for a host name (the server's by default). Replacing a
 * certificate a certificate authority issued asks first: clients trusted that one and will not trust
 * this one.
 */
export function SelfSignedForm({ state, onInstalled }: Props) {
  const t = useStrings();
  const w = useWords(securityWords);
  const api = useApi();
  const [hostName, setHostName] = useState(state.hostName);
  const [confirming, setConfirming] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const installed = state.certificate;
  const replace = useRef<HTMLButtonElement>(null);
  // The button pressed is gone: the keyboard goes on from the question's first answer.
  useLayoutEffect(() => {
    if (confirming) replace.current?.focus();
  }, [confirming]);

  const generate = async () => {
    setConfirming(false);
    const parsed = selfSignedBodySchema.safeParse({ hostName });
    if (!parsed.success) return setOutcome({ kind: 'invalid', issues: parsed.error.issues });
    setOutcome({ kind: 'busy' });
    try {
      setOutcome({ kind: 'done', text: onInstalled(await generateSelfSigned(api, parsed.data)) });
    } catch (error) {
      setOutcome({ kind: 'refused', error });
    }
  };

  const s = w.selfSigned;
  return (
    <FormContext.Provider value={{ id: 'self-signed', errors: outcomeErrors(outcome, t) }}>
      <form
        class="settings"
        noValidate
        aria-labelledby="self-signed-title"
        data-testid="self-signed-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (outcome.kind === 'busy') return;
          if (installed && !installed.selfSigned) setConfirming(true);
          else void generate();
        }}
      >
        <h2 id="self-signed-title">{s.title}</h2>
        <p class="hint">{s.intro(SELF_SIGNED_DEFAULT_DAYS)}</p>
        <TextField
          path="hostName"
          label={s.hostName}
          value={hostName}
          size={40}
          onValue={(value) => {
            setHostName(value);
            setConfirming(false);
          }}
        />
        {confirming && installed ? (
          <div class="form-actions confirm">
            <p id="self-signed-confirm" class="form-status" role="alert">
              {s.confirm(installed.issuer)}
            </p>
            <button
              ref={replace}
              type="button"
              class="primary"
              data-testid="confirm-replace"
              onClick={generate}
            >
              {s.replace}
            </button>
            <button
              type="button"
              data-testid="keep-installed"
              onClick={() => {
                setConfirming(false);
                setOutcome({ kind: 'done', text: s.kept });
                document.getElementById(fieldId('self-signed', 'hostName'))?.focus();
              }}
            >
              {s.keep}
            </button>
          </div>
        ) : (
          <OutcomeView id="self-signed" outcome={outcome} submit={s.submit} busy={s.generating} />
        )}
      </form>
    </FormContext.Provider>
  );
}

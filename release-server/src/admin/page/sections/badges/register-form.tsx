import type { BadgeCreated } from '@quire/protocol';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { ChoiceField, FormContext, TextField } from '../../components/form';
import { errorText } from '../../lib/error-text';
import type { FieldErrors } from '../../lib/form-errors';
import { formatTime } from '../../lib/format';
import { useApi } from '../../lib/use-api';
import { useStrings, useWords } from '../../lib/use-strings';
import { createBadge } from './api';
import { badgeRefusals } from './refusal';
import { badgesWords, reasonWords } from './words';

type Kind = 'permanent' | 'temporary';

type Status =
  | { kind: 'idle' | 'busy' | 'invalid' }
  | { kind: 'done'; badge: BadgeCreated }
  | { kind: 'failed'; error: unknown };

/**
 * "Register a badge" (issue 5, PRODUCT.md §9): a number, its owner, permanent or temporary for 24 h,
 * `POST /api/admin/badges`. The server's rules decide (a permanent badge replaces the old one; a badge
 * of someone else is refused): its reasons are shown next to the field they name, in words. Only
 * administrators see this form.
 */
export function RegisterBadgeForm({ email, onRegistered }: { email: string; onRegistered: () => void }) {
  const t = useStrings();
  const w = useWords(badgesWords);
  const api = useApi();
  const [values, setValues] = useState<{ badge: string; email: string; kind: Kind }>({
    badge: '',
    email,
    kind: 'permanent',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const form = useRef<HTMLFormElement>(null);

  // Right after the errors are drawn: focus on the first field in trouble, which names its error.
  useLayoutEffect(() => {
    if (status.kind === 'invalid' || status.kind === 'failed')
      form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [status]);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (status.kind === 'busy') return;
    const body = {
      badge: values.badge.trim(),
      email: values.email.trim(),
      temporary: values.kind === 'temporary',
    };
    const missing: Record<string, string> = {};
    if (body.badge === '') missing.badge = w.register.reasons.required;
    if (body.email === '') missing.email = w.register.reasons.required;
    setErrors(missing);
    if (Object.keys(missing).length > 0) return setStatus({ kind: 'invalid' });
    setStatus({ kind: 'busy' });
    try {
      const badge = await createBadge(api, body);
      setStatus({ kind: 'done', badge });
      setValues((v) => ({ ...v, badge: '' }));
      onRegistered();
    } catch (error) {
      const named: Record<string, string> = {};
      for (const r of badgeRefusals(error)) named[r.field] = reasonWords(r.reason, w);
      setErrors(named);
      setStatus({ kind: 'failed', error });
    }
  };

  function statusWords(s: Status): string {
    const r = w.register;
    switch (s.kind) {
      case 'idle':
        return '';
      case 'busy':
        return r.busy;
      case 'invalid':
        return r.fix;
      case 'done': {
        const b = s.badge;
        const said =
          b.expiresAt === null
            ? r.done(b.badge, b.email)
            : r.doneTemporary(b.badge, b.email, formatTime(b.expiresAt, t, Date.now()));
        return b.replaced === null ? said : said + r.replaced(b.replaced);
      }
      case 'failed':
        // The reason named next to its field is said here too: this line is what is read out.
        return r.failed(Object.values(errors)[0] ?? errorText(s.error, t));
      default:
        return s satisfies never;
    }
  }
  const words = statusWords(status);

  return (
    <FormContext.Provider value={{ id: 'register-badge', errors }}>
      <form
        ref={form}
        id="register-badge"
        class="settings"
        noValidate
        aria-labelledby="register-badge-title"
        onSubmit={submit}
      >
        <h2 id="register-badge-title">{w.register.title}</h2>
        <div class="row">
          <TextField
            path="badge"
            label={w.register.badge}
            hint={w.register.badgeHint}
            value={values.badge}
            size={20}
            onValue={(badge) => setValues((v) => ({ ...v, badge }))}
          />
          <TextField
            path="email"
            label={w.register.email}
            hint={w.register.emailHint}
            value={values.email}
            size={30}
            inputMode="email"
            onValue={(email) => setValues((v) => ({ ...v, email }))}
          />
        </div>
        <ChoiceField<Kind>
          path="temporary"
          label={w.register.kind}
          value={values.kind}
          options={[
            ['permanent', w.register.permanent],
            ['temporary', w.register.temporary],
          ]}
          onValue={(kind) => setValues((v) => ({ ...v, kind }))}
        />
        <div class="form-actions">
          <button
            type="submit"
            class="primary"
            aria-disabled={status.kind === 'busy' ? 'true' : undefined}
            data-testid="register-badge"
          >
            {w.register.submit}
          </button>
          <p
            class={`form-status form-${status.kind === 'done' ? 'saved' : status.kind}`}
            role="status"
            data-testid="status-register-badge"
          >
            {words}
          </p>
        </div>
      </form>
    </FormContext.Provider>
  );
}

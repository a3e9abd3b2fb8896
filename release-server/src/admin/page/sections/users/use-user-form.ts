import type { UserDetail } from '@quire/protocol';
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Strings } from '../../lib/i18n';
import type { SaveStatus, Settings } from '../../lib/use-settings';
import { useStrings, useWords } from '../../lib/use-strings';
import { errorsByField, type FieldProblem, fieldRefusals, type Reason } from './refusals';
import { type UsersWords, usersWords } from './words';

/** A reason in the page's words: the shared form words where they say it, this section's otherwise. */
export function reasonText(r: Reason, t: Strings, w: UsersWords): string {
  switch (r.kind) {
    case 'required':
      return t.form.required;
    case 'too-long':
      return t.form.tooLong(r.max);
    case 'too-short':
      return t.form.tooShort(r.min);
    case 'not-email':
      return t.account.setup.emailBad;
    case 'shortname-chars':
      return w.reasons.shortnameChars;
    case 'control-chars':
      return w.reasons.controlChars;
    case 'exists':
      return w.reasons.exists;
    case 'taken':
      return w.reasons.taken(r.by);
    case 'no-user':
      return w.reasons.noUser(r.name);
    case 'own-delegate':
      return w.reasons.ownDelegate;
    case 'group-exists':
      return w.reasons.groupExists;
    case 'server':
      return r.text;
    default:
      return r satisfies never;
  }
}

export interface UserFormOptions<T> {
  /** The page's checks before anything is sent; nothing is sent while there is a problem. */
  check?: (draft: T) => readonly FieldProblem[];
  /** Sends the draft; the caller takes the server's answer (the form then starts again from it). */
  send: (draft: T) => Promise<void>;
}

/**
 * A form of the users section as the shared {@link Settings} that SettingsForm draws: a draft made from
 * what the server last said (`initial`; other values start the draft again), checked before sending,
 * then sent. Every field the server refuses is marked with its reason, in this page's words.
 */
export function useUserForm<T>(initial: T, o: UserFormOptions<T>): Settings<T> {
  const t = useStrings();
  const w = useWords(usersWords);
  const [draft, setDraft] = useState(initial);
  // Kept as reasons, not words, so that switching the language rewords them.
  const [problems, setProblems] = useState<readonly FieldProblem[]>([]);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });

  // Starts again from the server's values when they change (after this form's save, or another's that
  // changed them), not each time the caller builds an equal object.
  const stamp = JSON.stringify(initial);
  useEffect(() => setDraft(initial), [stamp]);

  const edit = useCallback((change: (d: T) => T) => {
    setDraft((d) => change(d));
    setStatus((s) => (s.kind === 'saved' ? { kind: 'idle' } : s));
  }, []);

  const save = async () => {
    if (status.kind === 'saving') return;
    const found = o.check?.(draft) ?? [];
    setProblems(found);
    if (found.length > 0) {
      setStatus({ kind: 'invalid' });
      return;
    }
    setStatus({ kind: 'saving' });
    try {
      await o.send(draft);
      // What was typed is saved: a password or a name to add is not left in its box. Values the
      // server's answer changed arrive with the next `initial`.
      setDraft(initial);
      setStatus({ kind: 'saved' });
    } catch (error) {
      setStatus({ kind: 'failed', error });
    }
  };

  const shown = status.kind === 'failed' ? fieldRefusals(status.error) : problems;
  return {
    draft,
    loadError: null,
    reload: () => setDraft(initial),
    edit,
    errors: errorsByField(shown, (r) => reasonText(r, t, w)),
    status,
    save,
  };
}

/** What each form of a user's page gets: the user as the server last said, and a way to say what changed. */
export interface UserPartProps {
  user: UserDetail;
  onUser: (change: (user: UserDetail) => UserDetail) => void;
}

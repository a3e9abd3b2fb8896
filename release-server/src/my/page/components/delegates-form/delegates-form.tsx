import type { MyDelegates } from '@quire/protocol';
import { useRef, useState } from 'preact/hooks';
import { ApiError, type MyApi } from '../../lib/api';
import { errorText } from '../../lib/error-text';
import type { Strings } from '../../lib/i18n';
import { useLoad } from '../../lib/use-load';
import { useStrings } from '../../lib/use-strings';
import { LoadState } from '../load-state';
import { Said } from '../said';

type Outcome = { ok: boolean; words: (t: Strings) => string } | null;

/** Who may print my documents for me at a printer (PRODUCT.md §4 delegation): add by email, remove. */
export function DelegatesForm({ api }: { api: MyApi }) {
  const t = useStrings();
  const loaded = useLoad(api.delegates);
  const [said, setSaid] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const list = loaded.data?.delegates ?? [];

  /** Saves the list; `done` words the outcome with the new list (which names the person added). */
  const save = async (
    next: string[],
    done: (saved: MyDelegates['delegates']) => Outcome,
    name: string,
  ): Promise<boolean> => {
    setBusy(true);
    try {
      const saved = await api.saveDelegates(next);
      loaded.set(saved);
      setSaid(done(saved.delegates));
      return true;
    } catch (error) {
      const code = error instanceof ApiError ? error.code : null;
      setSaid({
        ok: false,
        words: (w) =>
          code === 'not-found'
            ? w.delegates.unknown(name)
            : code === 'bad-request' && /own delegate/.test((error as Error).message)
              ? w.delegates.self
              : errorText(error, w),
      });
      return false;
    } finally {
      setBusy(false);
    }
  };

  const add = async (e: Event) => {
    e.preventDefault();
    const name = input.current?.value.trim() ?? '';
    if (name === '' || busy) {
      input.current?.focus();
      return;
    }
    if (name.toLowerCase() === api.user.email) {
      setSaid({ ok: false, words: (w) => w.delegates.self });
      return;
    }
    const before = new Set(list.map((d) => d.email));
    const known = list.find((d) => d.email === name.toLowerCase());
    if (known) {
      setSaid({ ok: false, words: (w) => w.delegates.already(known.displayName) });
      return;
    }
    if (
      await save(
        [...before, name],
        (saved) => {
          const who = saved.find((d) => !before.has(d.email))?.displayName ?? name;
          return { ok: true, words: (w) => w.delegates.added(who) };
        },
        name,
      )
    ) {
      if (input.current) input.current.value = '';
    }
    input.current?.focus();
  };

  const remove = async (email: string, displayName: string) => {
    await save(
      list.filter((d) => d.email !== email).map((d) => d.email),
      () => ({ ok: true, words: (w) => w.delegates.removed(displayName) }),
      displayName,
    );
    input.current?.focus();
  };

  return (
    <section class="card" aria-labelledby="delegates-title" data-testid="delegates">
      <h2 id="delegates-title">{t.delegates.title}</h2>
      <p class="muted">{t.delegates.intro}</p>
      <LoadState loaded={loaded} />
      {loaded.data && !loaded.data.enabled && <p class="note">{t.delegates.off}</p>}
      {loaded.data &&
        (list.length === 0 ? (
          <p data-testid="no-delegates">{t.delegates.none}</p>
        ) : (
          <ul class="delegates">
            {list.map((d) => (
              <li key={d.email} data-testid="delegate">
                <span>
                  {d.displayName} <span class="muted">{d.email}</span>
                </span>
                <button
                  type="button"
                  aria-label={t.delegates.removeLabel(d.displayName)}
                  data-testid="remove-delegate"
                  onClick={() => remove(d.email, d.displayName)}
                >
                  {t.delegates.remove}
                </button>
              </li>
            ))}
          </ul>
        ))}
      {loaded.data && (
        <form class="inline-form" onSubmit={add} noValidate>
          <label for="delegate">{t.delegates.person}</label>
          <div class="row">
            <input
              ref={input}
              id="delegate"
              type="text"
              inputMode="email"
              autocomplete="off"
              autocapitalize="none"
              spellcheck={false}
              placeholder={t.delegates.personHint}
              aria-describedby="delegates-said"
              data-testid="delegate-input"
            />
            <button type="submit" class="primary" data-testid="add-delegate">
              {t.delegates.add}
            </button>
          </div>
        </form>
      )}
      <Said
        id="delegates-said"
        ok={said?.ok ? said.words(t) : ''}
        problem={said && !said.ok ? said.words(t) : ''}
        testid="delegates-said"
      />
    </section>
  );
}

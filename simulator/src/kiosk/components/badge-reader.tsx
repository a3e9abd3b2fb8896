import type { DemoUserView } from '@quire/protocol';
import { useState } from 'preact/hooks';

interface Props {
  users: DemoUserView[];
  /** Types the badge into the panel; returns why it could not, or null. */
  onTap(badge: string): string | null;
}

/**
 * A virtual USB badge reader: each card is a button that "taps" that person's badge, and a field takes
 * any number (an unknown badge, to try first-use registration).
 */
export function BadgeReader({ users, onTap }: Props) {
  const [typed, setTyped] = useState('');
  const [last, setLast] = useState<{ text: string; ok: boolean; at: number } | null>(null);
  const tap = (badge: string, who: string) => {
    const problem = onTap(badge);
    setLast({ text: problem ?? `Tapped ${who} (${badge}).`, ok: problem === null, at: Date.now() });
  };
  return (
    <section class="reader" aria-label="Virtual badge reader">
      <div class="reader-head">
        <span class={`reader-led${last?.ok ? ' reader-led-on' : ''}`} key={last?.at} aria-hidden="true" />
        <h2>Badge reader</h2>
        <span class="reader-hint">Tap a card: the reader types its number and Enter into the panel.</span>
      </div>
      <div class="cards">
        {users.map((u) => (
          <button
            type="button"
            class="card"
            key={u.shortname}
            data-testid={`badge-${u.shortname}`}
            onClick={() => tap(u.badge, u.displayName)}
          >
            <span class="card-name">{u.displayName}</span>
            <span class="card-number">Badge {u.badge}</span>
          </button>
        ))}
        <form
          class="card card-custom"
          onSubmit={(e) => {
            e.preventDefault();
            const badge = typed.trim();
            if (badge) tap(badge, 'a badge');
          }}
        >
          <label class="card-name" for="badge-number">
            Any badge
          </label>
          <input
            id="badge-number"
            data-testid="badge-input"
            inputMode="numeric"
            autoComplete="off"
            maxLength={128}
            placeholder="number"
            value={typed}
            onInput={(e) => setTyped(e.currentTarget.value)}
          />
          <button type="submit" data-testid="badge-tap" disabled={typed.trim() === ''}>
            Tap
          </button>
        </form>
      </div>
      <p class={`reader-result${last && !last.ok ? ' reader-result-bad' : ''}`} role="status">
        {last?.text ?? '\u00a0'}
      </p>
    </section>
  );
}

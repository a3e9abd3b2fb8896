import type { ConfigFieldChange, ConfigSectionDiff } from '@quire/protocol';
import { changeCount } from '../../../../domain/config-diff';
import { routeHash } from '../../lib/route';
import { useStrings, useWords } from '../../lib/use-strings';
import { SECTION_OF_PART, valueText } from './config-file';
import { configurationWords } from './words';

/**
 * A diff as a person reads it, part by part in the file's order: what is added, what changes (each
 * field with its old and new value, as the file writes them), and what is deleted because the file does
 * not have it. Each part links to the section where it is edited by hand.
 */
export function ConfigDiffView({ diff }: { diff: readonly ConfigSectionDiff[] }) {
  const t = useStrings();
  const w = useWords(configurationWords).diff;
  return (
    <div class="config-diff">
      {diff.map((d) => {
        const name = w.sections[d.section];
        return (
          <section
            key={d.section}
            class="diff-part"
            aria-labelledby={`diff-${d.section}`}
            data-testid="diff-part"
            data-part={d.section}
          >
            <h3 id={`diff-${d.section}`}>
              {name} <span class="muted">({w.count(changeCount([d]))})</span>
            </h3>
            <p class="diff-open">
              <a href={routeHash(SECTION_OF_PART[d.section])}>
                {w.open(t.nav.sections[SECTION_OF_PART[d.section]])}
              </a>
            </p>
            {d.added.length > 0 && (
              <>
                <h4>{w.added}</h4>
                <ul class="diff-items">
                  {d.added.map((a) => (
                    <li key={a.key} data-testid="diff-added">
                      <strong>{a.key}</strong>
                      {/* A group is its name: nothing more to show. */}
                      {d.section !== 'groups' && (
                        <details>
                          <summary>{w.inFile}</summary>
                          <pre>{JSON.stringify(a.value, null, 2)}</pre>
                        </details>
                      )}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {d.changed.length > 0 && (
              <>
                <h4>{w.changed}</h4>
                {d.changed.map((c) =>
                  // A part that is one object (prices, policies...) has no item name to repeat.
                  c.key === d.section ? (
                    <FieldChanges key={c.key} fields={c.fields} />
                  ) : (
                    <ul key={c.key} class="diff-items">
                      <li data-testid="diff-changed">
                        <strong>{c.key}</strong>
                        <FieldChanges fields={c.fields} />
                      </li>
                    </ul>
                  ),
                )}
              </>
            )}
            {d.removed.length > 0 && (
              <>
                <h4 class="diff-removed">{w.removed}</h4>
                <ul class="diff-items">
                  {d.removed.map((r) => (
                    <li key={r.key} data-testid="diff-removed">
                      <strong>{r.key}</strong>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
        );
      })}
    </div>
  );
}

function FieldChanges({ fields }: { fields: readonly ConfigFieldChange[] }) {
  return (
    <ul class="diff-fields">
      {fields.map((f) => (
        <FieldChange key={f.field} change={f} />
      ))}
    </ul>
  );
}

/** `pricing.mono: "0" → "0.05"`, the arrow said in words to a screen reader. */
function FieldChange({ change: f }: { change: ConfigFieldChange }) {
  const w = useWords(configurationWords).diff;
  return (
    <li data-testid="diff-field" data-field={f.field}>
      <code>{f.field}</code>
      {w.colon}
      <span class="diff-before">{valueText(f.before, w.absent)}</span>
      <span aria-hidden="true"> →</span>
      <span class="vh"> {w.becomes}</span> <span class="diff-after">{valueText(f.after, w.absent)}</span>
    </li>
  );
}

import type { CertificateInfo, SecurityState } from '@quire/protocol';
import type { ComponentChild } from 'preact';
import { formatTime } from '../../lib/format';
import { useStrings, useWords } from '../../lib/use-strings';
import { certificateNames } from './certificate-change';
import { type SecurityWords, securityWords } from './words';

type Words = SecurityWords['installed'];
/** The facts shown, each named by its label's key (`data-fact` in tests). */
type FactKey = { [K in keyof Words]: Words[K] extends string ? K : never }[keyof Words];

/** Its names in words, saying when only the CN names it or when nothing does. */
function namesText(c: CertificateInfo, w: Words): string {
  const names = certificateNames(c);
  if (names.length === 0) return w.noNames;
  return c.dnsNames.length + c.ipAddresses.length === 0 ? w.commonNameOnly(names[0]!) : names.join(', ');
}

/**
 * What is installed, as the server describes it (never the key): who it is for and from, its dates,
 * key and fingerprint, where HTTPS answers, and the server's warnings in a box of their own.
 */
export function CertificateFacts({ state }: { state: SecurityState }) {
  const t = useStrings();
  const w = useWords(securityWords).installed;
  const c = state.certificate;
  const now = Date.now();
  const facts: [FactKey, ComponentChild][] = c
    ? [
        ['subject', c.subject],
        ['names', namesText(c, w)],
        ['issuer', c.selfSigned ? w.selfSigned : c.issuer],
        ['notBefore', formatTime(c.notBefore, t, now)],
        ['notAfter', formatTime(c.notAfter, t, now)],
        ['key', c.key.type === 'rsa' ? w.keyRsa(c.key.bits) : w.keyEc(c.key.curve ?? String(c.key.bits))],
        ['signature', c.signatureAlgorithm],
        ['chain', w.chainLength(c.chainLength)],
        ['fingerprint', <code key="fp">{c.fingerprintSha256}</code>],
        ['serial', <code key="serial">{c.serialNumber}</code>],
      ]
    : [];
  facts.push(
    ['hostName', state.hostName],
    ['https', state.httpsPort === null ? w.httpsOff : w.httpsOn(state.httpsPort)],
  );
  const tone = c === null || c.warnings.length > 0 ? 'card-warning' : 'card-ok';
  return (
    <section class={`card certificate ${tone}`} aria-labelledby="certificate-title" data-testid="certificate">
      <h2 id="certificate-title">{w.title}</h2>
      {c === null && <p data-testid="no-certificate">{w.none}</p>}
      <dl class="facts wide">
        {facts.map(([key, value]) => (
          <div key={key} data-fact={key}>
            <dt>{w[key]}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {c && c.warnings.length > 0 && (
        <div class="certificate-warnings" data-testid="certificate-warnings">
          <h3>{w.warnings}</h3>
          <ul>
            {c.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

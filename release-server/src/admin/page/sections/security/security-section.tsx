import type { SecurityState } from '@quire/protocol';
import { useState } from 'preact/hooks';
import { LoadFailure } from '../../components/load-state';
import { formatTime } from '../../lib/format';
import { useApi } from '../../lib/use-api';
import { useLoad } from '../../lib/use-load';
import { useStrings, useWords } from '../../lib/use-strings';
import { getSecurity } from './api';
import { changeText } from './certificate-change';
import { CertificateFacts } from './certificate-facts';
import { SelfSignedForm } from './self-signed-form';
import { UploadForm } from './upload-form';
import { securityWords } from './words';
import './security.css';

/**
 * `#/security` (issue 5, PRODUCT.md §10): the TLS certificate the server answers HTTPS and `ipps://`
 * with (`/api/admin/security/...`): what is installed, an upload checked by the server with node-forge,
 * or a self-signed one generated there. Shown to administrators only (lib/route.ts ADMIN_ONLY; the server
 * lets helpdesk read the state and refuses its changes). The private key goes one way: the server never
 * sends it, and the page forgets it once sent.
 */
export function SecuritySection() {
  const t = useStrings();
  const w = useWords(securityWords);
  const api = useApi();
  const load = useLoad('security', (signal) => getSecurity(api, signal));
  // The state an install answered with, over the one loaded.
  const [latest, setLatest] = useState<SecurityState | null>(null);
  const state = latest ?? load.data;

  const installed = (next: SecurityState): string => {
    const text = changeText(state?.certificate ?? null, next, w, (iso) => formatTime(iso, t, Date.now()));
    setLatest(next);
    return text;
  };
  return (
    <>
      <h1 tabIndex={-1}>{t.nav.sections.security}</h1>
      <p class="intro">{w.intro}</p>
      {state === null ? (
        <LoadFailure load={load} />
      ) : (
        <div class="security">
          <CertificateFacts state={state} />
          <UploadForm state={state} onInstalled={installed} />
          <SelfSignedForm state={state} onInstalled={installed} />
        </div>
      )}
    </>
  );
}

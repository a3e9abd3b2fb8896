import { useState } from 'preact/hooks';
import { CsvButton } from '../../components/csv-button';
import { useApi } from '../../lib/use-api';
import { useStrings, useWords } from '../../lib/use-strings';
import { getConfigFile } from './api';
import { configFileName } from './config-file';
import { ImportPart } from './import-part';
import { configurationWords } from './words';
import './configuration.css';

/**
 * `#/configuration` (issue 5, PRODUCT.md §10): the whole configuration as one JSON file, exported as it
 * is, or imported all or nothing after a preview of what it changes. Shown to administrators only
 * (lib/route.ts ADMIN_ONLY; the server lets helpdesk export it and refuses its imports).
 */
export function ConfigurationSection() {
  const t = useStrings();
  const w = useWords(configurationWords);
  const api = useApi();
  const [message, setMessage] = useState('');
  return (
    <div class="configuration">
      <h1 tabIndex={-1}>{t.nav.sections.configuration}</h1>
      <p class="intro">{w.intro}</p>
      <section class="settings" aria-labelledby="export-title">
        <h2 id="export-title">{w.export.title}</h2>
        <p class="hint">{w.export.hint}</p>
        <div class="form-actions">
          {/* The download button of the CSV exports: the file is fetched with the page's credentials. */}
          <CsvButton
            label={w.export.button}
            filename={configFileName(new Date())}
            fetchFile={() => getConfigFile(api)}
            onMessage={setMessage}
          />
          <p class="form-status" role="status" data-testid="export-status">
            {message}
          </p>
        </div>
      </section>
      <ImportPart />
    </div>
  );
}

import { render } from 'preact';
import { ErrorBoundary } from '../../web/error-boundary';
import { App } from './app';
import { STRINGS } from './lib/i18n';
import { initialLanguage } from './lib/session';
import '../../web/tokens.css';
import './styles/base.css';
import './styles/shell.css';
import './styles/fleet.css';
import './styles/status.css';
import './styles/chart.css';
import './styles/forms.css';

/**
 * `/admin/`: the administration page (issue 5: accounts, imports, settings, history, audit; issue 6: fleet).
 * Its language is the one chosen last time in this browser (`?lang=` wins), else the browser's.
 */
const language = initialLanguage();
const t = STRINGS[language];
document.documentElement.lang = t.lang;
document.title = t.title;

render(
  <ErrorBoundary page="admin" message={t.crash} reload={t.reload}>
    <App initialLanguage={language} />
  </ErrorBoundary>,
  document.getElementById('app')!,
);

import { render } from 'preact';
import { App } from './app';
import { ErrorBoundary } from './components/error-boundary';
import { pickLanguage, STRINGS } from './lib/i18n';
import { loadLanguage } from './lib/session';
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
const language =
  pickLanguage([new URLSearchParams(location.search).get('lang'), loadLanguage(), ...navigator.languages]) ??
  'en';
const t = STRINGS[language];
document.documentElement.lang = t.lang;
document.title = t.title;

render(
  <ErrorBoundary message={t.crash} reload={t.reload}>
    <App initialLanguage={language} />
  </ErrorBoundary>,
  document.getElementById('app')!,
);

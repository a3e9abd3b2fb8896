import { render } from 'preact';
import { App } from './app';
import { ErrorBoundary } from './components/error-boundary';
import { STRINGS } from './lib/i18n';
import { initialLanguage } from './lib/language';
import './styles/base.css';
import './styles/page.css';

/** `/my/`: a person's own print queue. Its language: `?lang=`, else the last choice here, else the browser's. */
const language = initialLanguage();
const t = STRINGS[language];
document.documentElement.lang = t.lang;

render(
  <ErrorBoundary message={t.crash} reload={t.reload}>
    <App initialLanguage={language} />
  </ErrorBoundary>,
  document.getElementById('app')!,
);

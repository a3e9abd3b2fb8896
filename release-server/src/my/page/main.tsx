import { render } from 'preact';
import { ErrorBoundary } from '../../web/error-boundary';
import { App } from './app';
import { STRINGS } from './lib/i18n';
import { initialLanguage } from './lib/language';
import '../../web/tokens.css';
import './styles/base.css';
import './styles/page.css';

/** `/my/`: a person's own print queue. Its language: `?lang=`, else the last choice here, else the browser's. */
const language = initialLanguage();
const t = STRINGS[language];
document.documentElement.lang = t.lang;

render(
  <ErrorBoundary page="my" message={t.crash} reload={t.reload}>
    <App initialLanguage={language} />
  </ErrorBoundary>,
  document.getElementById('app')!,
);

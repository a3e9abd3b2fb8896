import { render } from 'preact';
import { App } from './app';
import { ErrorBoundary } from './components/error-boundary';
import { pickLanguage, STRINGS } from './lib/i18n';
import { printerFromQuery } from './lib/printer-param';
import { StringsContext } from './lib/use-strings';
import { NoPrinterScreen } from './screens/connection-screen';
import './styles.css';

/**
 * `/panel/?printer=<name>[&lang=fr]`: the release server serves this page once per printer. The language
 * is `?lang=` when given, else the printer's (from `welcome`); the browser's until the server answers.
 */
const query = new URLSearchParams(location.search);
const urlLanguage = pickLanguage([query.get('lang')]);
const fallbackLanguage = urlLanguage ?? pickLanguage(navigator.languages) ?? 'en';
const t = STRINGS[fallbackLanguage];
document.documentElement.lang = t.lang;
document.title = t.title;
const printer = printerFromQuery(location.search);

render(
  <ErrorBoundary message={t.crash}>
    <StringsContext.Provider value={t}>
      {printer.ok ? (
        <App printer={printer.name} urlLanguage={urlLanguage} fallbackLanguage={fallbackLanguage} />
      ) : (
        <NoPrinterScreen param={printer} />
      )}
    </StringsContext.Provider>
  </ErrorBoundary>,
  document.getElementById('app')!,
);

import { render } from 'preact';
import { App } from './app';
import { ErrorBoundary } from './components/error-boundary';
import './kiosk.css';

/** `/kiosk/[?printer=<name>&size=1024x600&lang=fr]`: the printer panel simulator. */
render(
  <ErrorBoundary>
    <App />
  </ErrorBoundary>,
  document.getElementById('kiosk')!,
);

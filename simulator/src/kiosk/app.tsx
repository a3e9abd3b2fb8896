import type { DemoUserView, PrinterFault } from '@quire/protocol';
import { useEffect, useRef, useState } from 'preact/hooks';
import { BadgeReader } from './components/badge-reader';
import { FaultSwitches } from './components/fault-switches';
import { OutputTray } from './components/output-tray';
import { PrinterFrame } from './components/printer-frame';
import { PrinterPicker } from './components/printer-picker';
import { fetchDemoUsers, fetchPrinters, setFault } from './lib/api';
import {
  type KioskSettings,
  PANEL_LANGUAGES,
  PANEL_SIZES,
  type PanelLanguage,
  queryOf,
  settingsFromQuery,
} from './lib/settings';
import { usePoll } from './lib/use-poll';
import { typeBadge } from './lib/wedge';

/** How often the kiosk asks for printer states and trays. */
const POLL_MS = 1000;

export function App() {
  const [settings, setSettings] = useState<KioskSettings>(() => settingsFromQuery(location.search));
  const printers = usePoll(fetchPrinters, POLL_MS);
  const [users, setUsers] = useState<DemoUserView[]>([]);
  const [actionError, setActionError] = useState<string | null>(null);
  const [home, setHome] = useState(false);
  const frame = useRef<HTMLIFrameElement>(null);

  useEffect(() => {
    fetchDemoUsers()
      .then(setUsers)
      .catch((e: unknown) => setActionError(`Demo users unavailable: ${String(e)}`));
  }, []);
  useEffect(() => {
    history.replaceState(null, '', `${location.pathname}${queryOf(settings)}`);
  }, [settings]);

  const list = printers.data ?? [];
  const printer = list.find((p) => p.name === settings.printer) ?? list[0];
  const update = (patch: Partial<KioskSettings>) => setSettings((s) => ({ ...s, ...patch }));

  const tap = (badge: string): string | null => {
    if (home) return 'The panel is not open: open it from the printer’s home screen first.';
    const doc = frame.current?.contentDocument;
    if (!doc || doc.readyState === 'loading') return 'The panel has not loaded yet; try again in a moment.';
    typeBadge(doc, badge);
    return null;
  };
  const toggle = (fault: PrinterFault, active: boolean) => {
    if (!printer) return;
    setFault(printer.name, fault, active)
      .then(() => {
        setActionError(null);
        printers.refresh();
      })
      .catch((e: unknown) =>
        setActionError(`Could not change the fault: ${e instanceof Error ? e.message : String(e)}`),
      );
  };

  return (
    <div class="kiosk">
      <header class="top">
        <h1>
          Quire <span>panel simulator</span>
        </h1>
        {list.length > 1 && printer && (
          <PrinterPicker
            printers={list}
            selected={printer.name}
            onSelect={(name) => update({ printer: name })}
          />
        )}
        <label class="choice">
          Panel
          <select
            data-testid="panel-size"
            value={settings.size.id}
            onChange={(e) =>
              update({ size: PANEL_SIZES.find((s) => s.id === e.currentTarget.value) ?? PANEL_SIZES[0] })
            }
          >
            {PANEL_SIZES.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <label class="choice">
          Language
          <select
            data-testid="panel-lang"
            value={settings.lang}
            onChange={(e) => update({ lang: e.currentTarget.value as PanelLanguage })}
          >
            {PANEL_LANGUAGES.map((l) => (
              <option key={l.id} value={l.id}>
                {l.label}
              </option>
            ))}
          </select>
        </label>
      </header>
      {(printers.error || actionError) && (
        <p class="alert" role="alert">
          {printers.error
            ? `Cannot reach the simulator (${printers.error}); retrying every second.`
            : actionError}
        </p>
      )}
      {!printer ? (
        <p class="waiting">
          {printers.data
            ? 'This server runs no simulated printers (start it with DEMO=1).'
            : 'Loading printers…'}
        </p>
      ) : (
        <main class="layout">
          <div class="front">
            <PrinterFrame
              printer={printer}
              size={settings.size}
              lang={settings.lang}
              frameRef={frame}
              home={home}
              onHome={() => setHome(true)}
              onOpen={() => setHome(false)}
            />
            <BadgeReader users={users} onTap={tap} />
          </div>
          <aside class="side">
            <FaultSwitches printer={printer} onChange={toggle} />
            <OutputTray printer={printer} />
          </aside>
        </main>
      )}
    </div>
  );
}

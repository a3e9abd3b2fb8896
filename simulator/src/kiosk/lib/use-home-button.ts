import {
  type ClientMessage,
  type HomeIcon,
  PROTOCOL_VERSION,
  parseServerMessage,
  printerPanelSettingsSchema,
} from '@quire/protocol';
import { useEffect, useState } from 'preact/hooks';

export interface HomeButton {
  label: string;
  icon: HomeIcon;
}

const defaults = printerPanelSettingsSchema.parse({});
/** The button of a printer nobody has set up. */
const DEFAULT_BUTTON: HomeButton = { label: defaults.homeLabel, icon: defaults.homeIcon };

/**
 * The button Quire puts on `printer`'s home screen, learnt as the printer learns it: a hello on the panel
 * WebSocket, the label and icon from the welcome, then each change an administrator saves, pushed
 * (`panel-setup`) while the home screen shows. Until the welcome arrives, or when the server cannot be
 * reached, the default button.
 */
export function useHomeButton(printer: string): HomeButton {
  const [button, setButton] = useState(DEFAULT_BUTTON);
  useEffect(() => {
    const ws = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws/panel`);
    const hello: ClientMessage = { type: 'hello', id: 1, version: PROTOCOL_VERSION, printer };
    ws.onopen = () => ws.send(JSON.stringify(hello));
    ws.onmessage = (event) => {
      const parsed = parseServerMessage(String(event.data));
      if (!parsed.ok) return;
      const m = parsed.value;
      if (m.type === 'welcome' || m.type === 'panel-setup')
        setButton({ label: m.panel.homeLabel, icon: m.panel.homeIcon });
    };
    return () => ws.close();
  }, [printer]);
  return button;
}

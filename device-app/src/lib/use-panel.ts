import { useEffect, useMemo, useReducer, useRef } from 'preact/hooks';
import { createPanelActions, type PanelActions } from './panel-actions';
import { PanelClient } from './panel-client';
import { initialPanelState, type PanelState, panelReducer } from './panel-state';
import { panelSocketUrl } from './transport';

/** The panel's whole state and what the screens can do with it, for the printer named in the URL. */
export function usePanel(printer: string): { state: PanelState; actions: PanelActions } {
  const [state, dispatch] = useReducer(panelReducer, initialPanelState);
  const current = useRef(state);
  current.current = state;
  const client = useMemo(() => new PanelClient({ url: panelSocketUrl(location), printer }), [printer]);
  const actions = useMemo(() => createPanelActions(client, dispatch, () => current.current), [client]);

  useEffect(() => {
    const off = client.subscribe((event) => {
      switch (event.type) {
        case 'status':
          dispatch({ type: 'connection', status: event.status });
          return;
        case 'message':
          dispatch({ type: 'server', message: event.message });
          return;
        case 'session-expired':
          actions.expired();
          return;
        default:
          return event satisfies never;
      }
    });
    client.start();
    return () => {
      off();
      client.stop();
    };
  }, [client, actions]);

  return { state, actions };
}

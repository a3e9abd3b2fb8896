/**
 * The socket under the panel client, as small as the client needs, so tests can drive the client with a
 * fake and the browser uses a real WebSocket.
 */
export interface Transport {
  send(data: string): void;
  close(): void;
}

export interface TransportHandlers {
  open(): void;
  message(data: string): void;
  /** Called once, whether the socket failed to open or closed later. */
  close(): void;
}

export type Connect = (url: string, on: TransportHandlers) => Transport;

/** A browser WebSocket as a {@link Transport}. */
export const connectWebSocket: Connect = (url, on) => {
  const ws = new WebSocket(url);
  ws.onopen = () => on.open();
  ws.onmessage = (e) => {
    // The server only sends text frames; anything else is not ours to interpret.
    if (typeof e.data === 'string') on.message(e.data);
  };
  ws.onclose = () => on.close();
  // An error is always followed by a close event, which is where reconnecting starts.
  ws.onerror = () => undefined;
  return { send: (data) => ws.send(data), close: () => ws.close() };
};

/** `ws(s)://<this host>/ws/panel`: the release server serves the panel and its socket on one origin. */
export function panelSocketUrl(location: { protocol: string; host: string }): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws/panel`;
}

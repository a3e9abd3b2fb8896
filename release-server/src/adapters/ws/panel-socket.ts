import { upgradeWebSocket } from '@hono/node-server';
import type { ServerMessage } from '@quire/protocol';
import type { WebSocket } from 'ws';
import { type PanelDeps, PanelSession } from './panel-session';

/** The `/ws/panel` route: one {@link PanelSession} per connection, JSON text frames both ways. */
export function panelSocket(deps: PanelDeps) {
  return upgradeWebSocket((c) => {
    const remote = (c.env as { incoming?: { socket?: { remoteAddress?: string } } }).incoming?.socket
      ?.remoteAddress;
    let session: PanelSession | null = null;
    let send: (message: ServerMessage) => void = () => undefined;
    return {
      onOpen(_event, ws) {
        const raw = ws.raw as WebSocket;
        send = (message) => {
          if (raw.readyState === raw.OPEN) raw.send(JSON.stringify(message));
        };
        session = new PanelSession(deps, send, remote ?? 'unknown', (code, reason) =>
          raw.close(code, reason),
        );
        keepAlive(raw);
      },
      onMessage(event) {
        if (typeof event.data === 'string') session?.receive(event.data);
        else
          send({
            type: 'error',
            id: null,
            code: 'bad-message',
            message: 'Send JSON text frames, not binary ones.',
          });
      },
      onClose() {
        session?.close();
        session = null;
      },
    };
  });
}

/**
 * Pings every 20 s and drops a connection that missed a pong, so a panel that lost power does not keep a
 * session (and its event subscriptions) alive on the server.
 */
function keepAlive(ws: WebSocket): void {
  let alive = true;
  ws.on('pong', () => {
    alive = true;
  });
  const timer = setInterval(() => {
    if (!alive) {
      ws.terminate();
      return;
    }
    alive = false;
    ws.ping();
  }, 20_000);
  timer.unref();
  ws.on('close', () => clearInterval(timer));
}

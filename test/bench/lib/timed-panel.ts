import {
  type ClientRequest,
  PROTOCOL_VERSION,
  parseServerMessage,
  type ServerMessage,
} from '@quire/protocol';
import WebSocket from 'ws';
import { now } from './stats';

type Of<T extends ServerMessage['type']> = Extract<ServerMessage, { type: T }>;

/** A server message and when its frame arrived (lib/stats `now`, before it was parsed). */
export interface Timed {
  at: number;
  message: ServerMessage;
}

/**
 * A panel speaking the real WebSocket protocol, like test/support/panel-client.ts, that also keeps the
 * arrival time of every frame: taken when the frame arrives, before the protocol's schema parses it, so
 * the client's own parsing is not counted in the server's latency.
 */
export class TimedPanel {
  readonly received: Timed[] = [];
  private nextId = 1;
  private waiters: (() => void)[] = [];

  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const at = now();
      const parsed = parseServerMessage(data.toString());
      if (!parsed.ok) throw new Error(`server sent a frame the protocol rejects: ${parsed.error.message}`);
      this.received.push({ at, message: parsed.value });
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  /** Connects to `/ws/panel`, says hello for `printer` and waits to be welcomed. */
  static async at(serverUrl: string, printer: string): Promise<TimedPanel> {
    const ws = new WebSocket(`${serverUrl.replace(/^http/, 'ws')}/ws/panel`);
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    const panel = new TimedPanel(ws);
    await panel.request({ type: 'hello', version: PROTOCOL_VERSION, printer }, 'welcome');
    return panel;
  }

  /** Sends a request now; returns its id and the time it was handed to the socket. */
  send(message: ClientRequest): { id: number; sentAt: number } {
    const id = this.nextId++;
    const sentAt = now();
    this.ws.send(JSON.stringify({ ...message, id }));
    return { id, sentAt };
  }

  /** Sends a request and waits for the reply with its id; an `error` reply rejects. */
  async request<T extends ServerMessage['type']>(message: ClientRequest, expect: T): Promise<Of<T>> {
    const { id } = this.send(message);
    const { message: reply } = await this.waitFor((m) => 'id' in m && m.id === id);
    if (reply.type !== expect) throw new Error(`expected ${expect}, got ${JSON.stringify(reply)}`);
    return reply as Of<T>;
  }

  /** The first message received after time `since` that matches, with its arrival time. */
  async waitFor(match: (m: ServerMessage) => boolean, timeoutMs = 30_000, since = 0): Promise<Timed> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.received.find((t) => t.at >= since && match(t.message));
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching panel message within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Forgets the messages received so far (long runs). */
  forget(): void {
    this.received.length = 0;
  }

  close(): void {
    this.ws.close();
  }
}

/**
 * Badge sign-in to job list: sends `sign-in` and returns the milliseconds until the `jobs` frame that
 * follows `signed-in` arrived, and how many jobs it listed. A refused sign-in throws.
 */
export async function signInToList(panel: TimedPanel, badge: string): Promise<{ ms: number; jobs: number }> {
  const { id, sentAt } = panel.send({ type: 'sign-in', badge });
  const reply = await panel.waitFor((m) => 'id' in m && m.id === id, 30_000, sentAt);
  if (reply.message.type !== 'signed-in')
    throw new Error(`sign-in refused: ${JSON.stringify(reply.message)}`);
  const list = await panel.waitFor((m) => m.type === 'jobs' && m.id === undefined, 30_000, reply.at);
  const jobs = list.message as Of<'jobs'>;
  panel.forget();
  return { ms: list.at - sentAt, jobs: jobs.own.length };
}

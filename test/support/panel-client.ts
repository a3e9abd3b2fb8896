import {
  type ClientRequest,
  PROTOCOL_VERSION,
  parseServerMessage,
  type ServerMessage,
} from '@quire/protocol';
import WebSocket from 'ws';

type Of<T extends ServerMessage['type']> = Extract<ServerMessage, { type: T }>;

/**
 * A panel speaking the real WebSocket protocol from Node, for tests: every frame the server sends is
 * parsed with the protocol's schema (a malformed one fails the test) and kept in `messages`.
 */
export class TestPanel {
  readonly messages: ServerMessage[] = [];
  private nextId = 1;
  private waiters: (() => void)[] = [];
  private closeCode = 0;
  private closeReason = '';

  private constructor(private readonly ws: WebSocket) {
    ws.on('close', (code, reason) => {
      this.closeCode = code;
      this.closeReason = reason.toString();
    });
    ws.on('message', (data) => {
      const parsed = parseServerMessage(data.toString());
      if (!parsed.ok) throw new Error(`server sent a frame the protocol rejects: ${parsed.error.message}`);
      this.messages.push(parsed.value);
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  static async connect(serverUrl: string): Promise<TestPanel> {
    const ws = new WebSocket(`${serverUrl.replace(/^http/, 'ws')}/ws/panel`);
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    return new TestPanel(ws);
  }

  /** Connects, says hello for `printer` and returns the panel once welcomed. */
  static async at(serverUrl: string, printer: string): Promise<TestPanel> {
    const panel = await TestPanel.connect(serverUrl);
    await panel.request({ type: 'hello', version: PROTOCOL_VERSION, printer }, 'welcome');
    return panel;
  }

  /** Sends a raw text frame (for malformed-input tests). */
  sendRaw(text: string): void {
    this.ws.send(text);
  }

  /** Sends a request and waits for the reply with its id; a reply of type `error` rejects with its message. */
  async request<T extends ServerMessage['type']>(message: ClientRequest, expect: T): Promise<Of<T>> {
    const id = this.nextId++;
    this.ws.send(JSON.stringify({ ...message, id }));
    const reply = await this.waitFor((m) => 'id' in m && m.id === id);
    if (reply.type !== expect) {
      throw Object.assign(new Error(`expected ${expect}, got ${JSON.stringify(reply)}`), { reply });
    }
    return reply as Of<T>;
  }

  /** Sends a request and returns the `error` reply it must get. */
  async requestError(message: ClientRequest): Promise<Of<'error'>> {
    const id = this.nextId++;
    this.ws.send(JSON.stringify({ ...message, id }));
    const reply = await this.waitFor((m) => 'id' in m && m.id === id);
    if (reply.type !== 'error') throw new Error(`expected an error, got ${JSON.stringify(reply)}`);
    return reply;
  }

  /** Resolves with the first message (already received or coming) that matches. */
  async waitFor(match: (m: ServerMessage) => boolean, timeoutMs = 15_000, from = 0): Promise<ServerMessage> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.messages.slice(from).find(match);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(`no matching message within ${timeoutMs} ms; got ${JSON.stringify(this.messages)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Like {@link waitFor}, for one message type, typed. */
  async next<T extends ServerMessage['type']>(
    type: T,
    match: (m: Of<T>) => boolean = () => true,
    timeoutMs?: number,
  ): Promise<Of<T>> {
    return (await this.waitFor((m) => m.type === type && match(m as Of<T>), timeoutMs)) as Of<T>;
  }

  /** The job events received for a release, in order. */
  events(releaseId: string): Of<'job-event'>[] {
    return this.messages.filter(
      (m): m is Of<'job-event'> => m.type === 'job-event' && m.releaseId === releaseId,
    );
  }

  /** The latest job list the server pushed or answered. */
  lastJobs(): Of<'jobs'> | undefined {
    return this.messages.filter((m): m is Of<'jobs'> => m.type === 'jobs').at(-1);
  }

  /** Resolves with the close code and reason once the socket has closed, from either side. */
  closed(): Promise<{ code: number; reason: string }> {
    if (this.ws.readyState === WebSocket.CLOSED)
      return Promise.resolve({ code: this.closeCode, reason: this.closeReason });
    return new Promise((resolve) =>
      this.ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
    );
  }

  close(): void {
    this.ws.close();
  }
}

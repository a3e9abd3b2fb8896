import {
  type ClientMessage,
  DEFAULT_BADGE_READER,
  DEFAULT_POLICIES,
  PROTOCOL_VERSION,
  type PrinterView,
  type ServerMessage,
} from '@quire/protocol';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type ClientEvent, PanelClient, RequestError } from './panel-client';
import type { Connect, TransportHandlers } from './transport';

const PRINTER: PrinterView = {
  name: 'hall',
  capabilities: {
    makeAndModel: 'Test',
    colorModes: ['color', 'monochrome'],
    sides: ['one-sided'],
    copiesMax: 99,
    finishings: [],
    media: [],
    mediaDefault: null,
    numberUp: [1],
    documentFormats: ['application/pdf'],
  },
};
const TOKEN = 'token-0123456789abcdef';
const PANEL = {
  language: 'en',
  homeLabel: 'Print Release',
  homeIcon: 'print',
  badgeReader: DEFAULT_BADGE_READER,
  policies: DEFAULT_POLICIES,
} as const;

/** A fake server end: records what the panel sends, lets the test answer and drop the connection. */
class FakeSockets {
  sockets: { on: TransportHandlers; sent: ClientMessage[]; closed: boolean }[] = [];
  connect: Connect = (_url, on) => {
    const socket = { on, sent: [] as ClientMessage[], closed: false };
    this.sockets.push(socket);
    return {
      send: (data) => socket.sent.push(JSON.parse(data) as ClientMessage),
      close: () => {
        socket.closed = true;
      },
    };
  };
  get last() {
    return this.sockets.at(-1)!;
  }
  reply(message: ServerMessage): void {
    this.last.on.message(JSON.stringify(message));
  }
  lastSent(): ClientMessage {
    return this.last.sent.at(-1)!;
  }
  /** Opens the newest socket and answers its hello. */
  async welcome(): Promise<void> {
    this.last.on.open();
    const hello = this.lastSent();
    expect(hello).toMatchObject({ type: 'hello', version: PROTOCOL_VERSION, printer: 'hall' });
    this.reply({
      type: 'welcome',
      id: hello.id,
      version: PROTOCOL_VERSION,
      printer: PRINTER,
      status: null,
      panel: PANEL,
    });
    await flush();
  }
}

const flush = () => vi.advanceTimersByTimeAsync(0);

let fake: FakeSockets;
let client: PanelClient;
let events: ClientEvent[];

beforeEach(() => {
  vi.useFakeTimers();
  fake = new FakeSockets();
  client = new PanelClient({
    url: 'ws://x/ws/panel',
    printer: 'hall',
    connect: fake.connect,
    random: () => 0,
    warn: () => undefined,
  });
  events = [];
  client.subscribe((e) => events.push(e));
  client.start();
});
afterEach(() => {
  client.stop();
  vi.useRealTimers();
});

async function signIn(): Promise<void> {
  const done = client.request({ type: 'sign-in', badge: '42' });
  const m = fake.lastSent();
  expect(m.type).toBe('sign-in');
  fake.reply({
    type: 'signed-in',
    id: m.id,
    user: { name: 'ada', displayName: 'Ada' },
    token: TOKEN,
    autoRelease: null,
  });
  await done;
}

describe('PanelClient', () => {
  it('says hello, then answers requests by id', async () => {
    await fake.welcome();
    expect(events).toContainEqual({ type: 'status', status: { state: 'online' } });
    const list = client.request({ type: 'list' });
    const m = fake.lastSent();
    fake.reply({ type: 'jobs', id: m.id, own: [], delegated: [], currency: null, quota: null });
    await expect(list).resolves.toMatchObject({ type: 'jobs', own: [] });
  });

  it('rejects with the server error in words', async () => {
    await fake.welcome();
    const p = client.request({ type: 'sign-in', badge: 'nope' });
    fake.reply({
      type: 'error',
      id: fake.lastSent().id,
      code: 'unknown-badge',
      message: 'This badge is not registered.',
    });
    await expect(p).rejects.toMatchObject({
      code: 'unknown-badge',
      message: 'This badge is not registered.',
    });
  });

  it('drops invalid frames without settling anything', async () => {
    await fake.welcome();
    const p = client.request({ type: 'list' });
    fake.last.on.message('{"type":"jobs","id":');
    fake.last.on.message(JSON.stringify({ type: 'jobs', id: fake.lastSent().id, own: 'x' }));
    const settled = vi.fn();
    p.then(settled, settled);
    await flush();
    expect(settled).not.toHaveBeenCalled();
    expect(events.filter((e) => e.type === 'message')).toHaveLength(1); // the welcome only
  });

  it('times out after 10 s with no reply, and reconnects', async () => {
    await fake.welcome();
    const p = client.request({ type: 'list' });
    const rejected = expect(p).rejects.toMatchObject({ code: 'timeout' });
    await vi.advanceTimersByTimeAsync(10_000);
    await rejected;
    expect(fake.sockets[0]!.closed).toBe(true);
    await vi.advanceTimersByTimeAsync(500);
    expect(fake.sockets).toHaveLength(2);
  });

  it('fails plain requests at once while offline', async () => {
    fake.last.on.close();
    await expect(client.request({ type: 'list' })).rejects.toBeInstanceOf(RequestError);
    expect(events).toContainEqual({ type: 'status', status: { state: 'offline', failures: 1 } });
  });

  it('reconnects with growing delays: 0.5 s, 1 s, 2 s …', async () => {
    const opened = (): number => fake.sockets.length;
    fake.last.on.close();
    await vi.advanceTimersByTimeAsync(499);
    expect(opened()).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(opened()).toBe(2);
    fake.last.on.close();
    await vi.advanceTimersByTimeAsync(999);
    expect(opened()).toBe(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(opened()).toBe(3);
    fake.last.on.close();
    await vi.advanceTimersByTimeAsync(2000);
    expect(opened()).toBe(4);
  });

  it('resumes the session after a drop, and re-sends an unanswered release with the same release id', async () => {
    await fake.welcome();
    await signIn();
    const release = client.release([7, 8]);
    const first = fake.lastSent();
    expect(first).toMatchObject({ type: 'release', jobIds: [7, 8], keep: false });
    fake.last.on.close();
    await vi.advanceTimersByTimeAsync(500);
    await fake.welcome();
    const resume = fake.lastSent();
    expect(resume).toMatchObject({ type: 'resume', token: TOKEN });
    fake.reply({
      type: 'signed-in',
      id: resume.id,
      user: { name: 'ada', displayName: 'Ada' },
      token: TOKEN,
      autoRelease: null,
    });
    await flush();
    const again = fake.lastSent();
    expect(again).toMatchObject({ type: 'release', jobIds: [7, 8] });
    expect(again.type === 'release' && first.type === 'release' && again.releaseId).toBe(
      first.type === 'release' && first.releaseId,
    );
    fake.reply({
      type: 'release-accepted',
      id: again.id,
      releaseId: (again as { releaseId: string }).releaseId,
      jobIds: [7, 8],
      repeated: true,
    });
    await expect(release).resolves.toMatchObject({ type: 'release-accepted', repeated: true });
  });

  it('gives each tap of Print a new release id', async () => {
    await fake.welcome();
    void client.release([1]).catch(() => undefined);
    const a = fake.lastSent();
    void client.release([1]).catch(() => undefined);
    const b = fake.lastSent();
    expect(a.type === 'release' && b.type === 'release' && a.releaseId !== b.releaseId).toBe(true);
  });

  it('reports an expired session and cancels the release waiting for it', async () => {
    await fake.welcome();
    await signIn();
    const release = client.release([7]);
    const rejected = expect(release).rejects.toMatchObject({ code: 'session-expired' });
    fake.last.on.close();
    await vi.advanceTimersByTimeAsync(500);
    await fake.welcome();
    const resume = fake.lastSent();
    fake.reply({ type: 'error', id: resume.id, code: 'session-expired', message: 'Your session has ended.' });
    await rejected;
    expect(events.filter((e) => e.type === 'session-expired')).toHaveLength(1);
    expect(fake.last.sent.map((m) => m.type)).toEqual(['hello', 'resume']);
  });

  it('does not resume after signing out', async () => {
    await fake.welcome();
    await signIn();
    void client.signOut();
    fake.reply({ type: 'ok', id: fake.lastSent().id });
    fake.last.on.close();
    await vi.advanceTimersByTimeAsync(500);
    await fake.welcome();
    expect(fake.last.sent.map((m) => m.type)).toEqual(['hello']);
  });

  it('keeps asking when the printer is unknown, and recovers', async () => {
    fake.last.on.open();
    fake.reply({
      type: 'error',
      id: fake.lastSent().id,
      code: 'unknown-printer',
      message: 'No printer "hall".',
    });
    await flush();
    expect(events.at(-1)).toEqual({
      type: 'status',
      status: { state: 'rejected', error: { code: 'unknown-printer', message: 'No printer "hall".' } },
    });
    await vi.advanceTimersByTimeAsync(500);
    const hello = fake.lastSent();
    expect(hello.type).toBe('hello');
    fake.reply({
      type: 'welcome',
      id: hello.id,
      version: PROTOCOL_VERSION,
      printer: PRINTER,
      status: null,
      panel: PANEL,
    });
    await flush();
    expect(events.at(-1)).toEqual({ type: 'status', status: { state: 'online' } });
  });

  it('signs in by registering a badge or with a username, and resumes that session', async () => {
    await fake.welcome();
    for (const request of [
      { type: 'register-badge', badge: '777', username: 'ada', secret: 'pw' },
      { type: 'sign-in-credentials', username: 'ada', secret: 'pw' },
    ] as const) {
      const done = client.request(request);
      const m = fake.lastSent();
      expect(m).toMatchObject(request);
      fake.reply({
        type: 'signed-in',
        id: m.id,
        user: { name: 'ada', displayName: 'Ada' },
        token: `${TOKEN}-${m.type}`,
        autoRelease: null,
      });
      await expect(done).resolves.toMatchObject({ type: 'signed-in' });
    }
    fake.last.on.close();
    await vi.advanceTimersByTimeAsync(500);
    await fake.welcome();
    expect(fake.lastSent()).toMatchObject({ type: 'resume', token: `${TOKEN}-sign-in-credentials` });
  });

  it('asks to keep the jobs for Print and keep', async () => {
    await fake.welcome();
    void client.release([3], true).catch(() => undefined);
    expect(fake.lastSent()).toMatchObject({ type: 'release', jobIds: [3], keep: true });
  });

  it('queues requests made during the handshake', async () => {
    fake.last.on.open();
    const list = client.request({ type: 'list' });
    expect(fake.last.sent.map((m) => m.type)).toEqual(['hello']);
    const hello = fake.lastSent();
    fake.reply({
      type: 'welcome',
      id: hello.id,
      version: PROTOCOL_VERSION,
      printer: PRINTER,
      status: null,
      panel: PANEL,
    });
    await flush();
    const m = fake.lastSent();
    expect(m.type).toBe('list');
    fake.reply({ type: 'jobs', id: m.id, own: [], delegated: [], currency: null, quota: null });
    await expect(list).resolves.toMatchObject({ type: 'jobs' });
  });
});

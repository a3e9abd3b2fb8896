/**
 * The load client of benchmark 4, run as its own process so that its memory and CPU are not the
 * server's nor the measuring process's: opens `count` panel WebSockets to `url`, each says hello for
 * `printer` and signs in with the badge of user `first + i` (lib/dataset.ts), at most `concurrency`
 * connecting at once. Prints `progress <n>` as sessions sign in and `ready <n>` when all have their job
 * list, then keeps them open until SIGTERM.
 *
 * Connections come from 200 loopback addresses (127.0.1.1-200) in turn, as panels come from their own
 * addresses: the server limits sign-in attempts per printer and address, counting each attempt while it
 * is checked, so many parallel sign-ins from one address at one printer would be refused.
 *
 *   node --import tsx test/bench/panel-load.ts <url> <printer> <first> <count> <concurrency>
 */
import { PROTOCOL_VERSION } from '@quire/protocol';
import WebSocket from 'ws';
import { badgeOf } from './lib/dataset';

const [url, printer, first, count, concurrency] = process.argv.slice(2);
if (!url || !printer || !first || !count || !concurrency) {
  process.stderr.write('usage: panel-load.ts <url> <printer> <first> <count> <concurrency>\n');
  process.exit(2);
}
const sockets: WebSocket[] = [];
const ADDRESSES = 200;

/** One panel: hello, sign-in with the badge, resolved once its job list arrived. */
function session(user: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${url!.replace(/^http/, 'ws')}/ws/panel`, {
      localAddress: `127.0.1.${1 + (user % ADDRESSES)}`,
    });
    sockets.push(ws);
    ws.once('error', reject);
    ws.once('open', () =>
      ws.send(JSON.stringify({ type: 'hello', id: 1, version: PROTOCOL_VERSION, printer })),
    );
    ws.on('message', (data) => {
      const m = JSON.parse(data.toString()) as { type: string; id?: number };
      if (m.type === 'welcome') ws.send(JSON.stringify({ type: 'sign-in', id: 2, badge: badgeOf(user) }));
      else if (m.type === 'jobs' && m.id === undefined) resolve();
      else if (m.type === 'error') reject(new Error(`user ${user}: ${data.toString()}`));
    });
  });
}

let next = Number(first);
const last = Number(first) + Number(count);
let done = 0;
const worker = async (): Promise<void> => {
  while (next < last) {
    await session(next++);
    if (++done % 500 === 0) process.stdout.write(`progress ${done}\n`);
  }
};
try {
  await Promise.all(Array.from({ length: Number(concurrency) }, worker));
  process.stdout.write(`ready ${done}\n`);
} catch (error) {
  process.stderr.write(`panel load failed: ${String(error)}\n`);
  process.exit(1);
}
process.once('SIGTERM', () => {
  for (const ws of sockets) ws.terminate();
  process.exit(0);
});

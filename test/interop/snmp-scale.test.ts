import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Database } from '../../release-server/src/adapters/sqlite/database';
import { migrate } from '../../release-server/src/adapters/sqlite/migrate';
import { PrinterStore } from '../../release-server/src/adapters/sqlite/printer-store';
import { silentLogger } from '../../release-server/src/log';
import { createFleetService, type FleetService } from '../../release-server/src/services/fleet';
import { type SnmpSimPrinter, startSnmpSimPrinter } from '../../simulator/src/snmp';
import { tempDir } from '../support/process';
import { freeUdpPort } from '../support/snmpd';

/**
 * Issue 6: 200 simulated printers, 20 of them not answering (10 ports where nothing listens, 10 agents
 * told to drop every request). One poll round ends within the timeout plus a small margin, and every
 * printer that answers is updated. A functional bound with a generous margin, not a benchmark.
 */

const TOTAL = 200;
const TIMEOUT_MS = 2000;
const RETRIES = 1;
/** A dead printer costs timeout x (retries + 1); the rest is margin. */
const BOUND_MS = TIMEOUT_MS * (RETRIES + 1) + 3000;

const name = (i: number) => `p${String(i).padStart(3, '0')}`;
/** Every twentieth printer, at two offsets: 10 with no agent at all, 10 whose agent drops requests. */
const silent = (i: number) => (i % 20 === 3 ? 'no-agent' : i % 20 === 13 ? 'dropping' : null);

let dir: string;
let db: Database;
let fleet: FleetService;
const sims: SnmpSimPrinter[] = [];

beforeAll(async () => {
  dir = await tempDir('snmp-scale');
  db = await Database.open(path.join(dir, 'quire.db'));
  await migrate(db);
  fleet = createFleetService({ db, log: silentLogger }, { timeoutMs: TIMEOUT_MS, retries: RETRIES });
  const ports: number[] = [];
  for (let i = 0; i < TOTAL; i++) {
    if (silent(i) === 'no-agent') continue;
    const sim = await startSnmpSimPrinter(
      { name: name(i), color: i % 2 === 0, processingMs: 0 },
      { lifeCount: 10_000 + i, syncMs: 1000 },
    );
    if (silent(i) === 'dropping') sim.agent.setAnswering(false);
    sims.push(sim);
    ports[i] = sim.agent.port;
  }
  // Taken after every agent is bound, so that no agent can be given one of these ports.
  for (let i = 0; i < TOTAL; i++) if (silent(i) === 'no-agent') ports[i] = await freeUdpPort();
  const printers = new PrinterStore(db);
  await db.transaction(async (tx) => {
    for (let i = 0; i < TOTAL; i++) {
      await printers.upsert(tx, {
        name: name(i),
        uri: `ipp://127.0.0.1:${ports[i]}/ipp/print`,
        capabilities: {
          makeAndModel: 'x',
          colorModes: ['monochrome'],
          sides: ['one-sided'],
          copiesMax: 1,
          finishings: [],
          media: [],
          mediaDefault: null,
          numberUp: [1],
          documentFormats: ['application/pdf'],
        },
      });
    }
  });
  for (let i = 0; i < TOTAL; i++)
    await fleet.setSnmpSettings(name(i), {
      version: '2c',
      community: 'public',
      enabled: true,
      host: null,
      port: ports[i]!,
    });
}, 120_000);

afterAll(async () => {
  await fleet?.stop();
  await Promise.all(sims.map((s) => s.stop()));
  await db?.close();
  await fs.rm(dir, { recursive: true, force: true });
});

it(`polls ${TOTAL} printers, 20 silent, in one round under ${BOUND_MS} ms, updating every one that answers`, async () => {
  const before = Date.now();
  const t0 = performance.now();
  const round = await fleet.pollAll();
  const elapsed = Math.round(performance.now() - t0);
  console.info(
    `fleet round: ${TOTAL} printers, ${round.answered} answered, ${round.failed} silent, ${elapsed} ms`,
  );

  const odd = (await fleet.list())
    .filter((s, i) => !silent(i) && !s.reachable)
    .map((s) => [s.printer, s.pollError?.message]);
  expect(odd).toEqual([]);
  expect(round).toMatchObject({ printers: TOTAL, answered: TOTAL - 20, failed: 20 });
  expect(elapsed).toBeLessThan(BOUND_MS);

  const statuses = await fleet.list();
  expect(statuses).toHaveLength(TOTAL);
  for (const [i, s] of statuses.entries()) {
    expect(s.printer).toBe(name(i));
    expect(Date.parse(s.lastPollAt ?? '')).toBeGreaterThanOrEqual(before);
    if (silent(i)) {
      expect(s, s.printer).toMatchObject({
        reachable: false,
        state: 'error',
        pollError: { kind: 'timeout' },
      });
    } else {
      expect(s, s.printer).toMatchObject({
        reachable: true,
        state: 'ok',
        pageCount: 10_000 + i,
        meterEvent: 'first',
      });
      expect(Date.parse(s.lastReadingAt ?? '')).toBeGreaterThanOrEqual(before);
    }
  }
});

it('a second round, silent printers first, stays within the bound too', async () => {
  const t0 = performance.now();
  const round = await fleet.pollAll();
  const elapsed = Math.round(performance.now() - t0);
  console.info(`fleet round 2: ${round.answered} answered, ${round.failed} silent, ${elapsed} ms`);
  expect(round).toMatchObject({ answered: TOTAL - 20, failed: 20 });
  expect(elapsed).toBeLessThan(BOUND_MS);
});

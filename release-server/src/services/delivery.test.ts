import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { AppError, DEFAULT_SETTINGS, type PrinterCapabilities, type PrinterStatus } from '@quire/protocol';
import { IppTransportError } from '@quire/protocol/ipp';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PrinterClient, PrinterJobState } from '../adapters/ipp/printer-client';
import { Spool } from '../adapters/spool/spool';
import type { JobRecord } from '../adapters/sqlite/job-store';
import type { PrinterRecordRow } from '../adapters/sqlite/printer-store';
import { Delivery } from './delivery';

/**
 * The decisions Delivery takes on what a printer says: each answer below is one a printer really gives
 * (the IPP conversation itself is tested against ippeveprinter in test/interop). The client is scripted
 * so every turn of the conversation can be chosen.
 */

const CAPABILITIES: PrinterCapabilities = {
  makeAndModel: 'Scripted',
  colorModes: ['monochrome'],
  sides: ['one-sided'],
  copiesMax: 99,
  finishings: [],
  media: [],
  mediaDefault: null,
  numberUp: [1],
  documentFormats: ['application/pdf'],
};

const PRINTER: PrinterRecordRow = {
  id: 1,
  name: 'p1',
  uri: 'ipp://127.0.0.1:1/ipp/print',
  capabilities: CAPABILITIES,
  panel: {} as PrinterRecordRow['panel'],
  addedAt: 0,
  updatedAt: 0,
};

type Step<T> = T | Error;

const IDLE: PrinterStatus = { state: 'idle', reasons: [], acceptingJobs: true };
const JAMMED: PrinterStatus = { state: 'stopped', reasons: ['media-jam-error'], acceptingJobs: true };

/** A client that plays back the answers it is given, in order, and counts what it was asked. */
function scripted(answers: {
  jobStates?: Step<PrinterJobState>[];
  printJob?: Step<number>[];
  /** Printer states Get-Printer-Attributes answers in turn; idle once the list is used up. */
  statuses?: Step<PrinterStatus>[];
}) {
  const calls = { getAttributes: 0, getJobState: 0, printJob: 0 };
  const next = <T>(list: Step<T>[] | undefined, what: string): T => {
    const step = list?.shift();
    if (step === undefined) throw new Error(`no scripted answer left for ${what}`);
    if (step instanceof Error) throw step;
    return step;
  };
  const client: PrinterClient = {
    getAttributes: async () => {
      calls.getAttributes++;
      const status = answers.statuses?.length ? next(answers.statuses, 'Get-Printer-Attributes') : IDLE;
      return { capabilities: CAPABILITIES, status };
    },
    printJob: async (_name, _uri, _job, document) => {
      calls.printJob++;
      document.stream.destroy();
      return next(answers.printJob, 'Print-Job');
    },
    getJobState: async () => {
      calls.getJobState++;
      return next(answers.jobStates, 'Get-Job-Attributes');
    },
  };
  return { client, calls };
}

let dir: string;
let spool: Spool;
let job: JobRecord;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'quire-delivery-'));
  spool = await Spool.open(dir);
  const { file, size } = await spool.write(
    (async function* () {
      yield Buffer.from('%PDF-1.7\n');
    })(),
    1024,
  );
  job = {
    id: 7,
    userId: 1,
    requestingUserName: 'alice',
    claimedUserName: null,
    name: 'Report',
    source: 'ipp',
    format: 'application/pdf',
    size,
    pages: 1,
    pagesSource: 'pdf',
    submittedColor: 'monochrome',
    settings: { ...DEFAULT_SETTINGS, colorMode: 'monochrome' },
    state: 'releasing',
    error: null,
    spoolFile: file,
    submittedAt: 0,
    updatedAt: 0,
    printedAt: null,
  };
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const busy = () => new AppError('printer-busy', 'p1 is busy (IPP status 0x0507).');
const unavailable = () => new AppError('printer-rejected-job', 'p1 refused the job (IPP status 0x0502).');
const unreachable = () => new AppError('printer-unreachable', 'p1 cannot be reached.');
const lostAnswer = (failure: 'timeout' | 'unreachable', delivered: boolean) =>
  new AppError('printer-timeout', 'p1 did not answer in time.', {
    cause: new IppTransportError(failure, 'no answer', undefined, delivered),
  });

const hooks = { onBusy: () => undefined, stopped: () => false };
const delivery = (client: PrinterClient, options: { followTimeoutMs?: number; busyWaitMs?: number } = {}) =>
  new Delivery({ client, spool }, { busyWaitMs: 2_000, pollMinMs: 1, pollMaxMs: 5, ...options });

describe('Delivery.askEarly', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('lets the send use the answer asked for at release, once, and ask afresh for the next job', async () => {
    const { client, calls } = scripted({ statuses: [IDLE, JAMMED], printJob: [41, 42] });
    const d = delivery(client);
    d.askEarly(PRINTER);
    expect(calls.getAttributes).toBe(1);
    await expect(d.send(job, PRINTER, 'alice', hooks)).resolves.toMatchObject({ printerJobId: 41 });
    expect(calls.getAttributes).toBe(1);
    // The next send asks again, and hears of the jam.
    await expect(d.send(job, PRINTER, 'alice', hooks)).rejects.toMatchObject({
      code: 'printer-stopped',
      message: expect.stringContaining('paper jam'),
    });
    expect(calls.getAttributes).toBe(2);
    expect(calls.printJob).toBe(1);
  });

  it('refuses the send on what the printer said at release time', async () => {
    const { client, calls } = scripted({ statuses: [JAMMED, IDLE], printJob: [41] });
    const d = delivery(client);
    d.askEarly(PRINTER);
    await expect(d.send(job, PRINTER, 'alice', hooks)).rejects.toMatchObject({
      code: 'printer-stopped',
      message: expect.stringContaining('paper jam'),
    });
    expect(calls.printJob).toBe(0);
  });

  it('asks again when the early answer is more than two seconds old', async () => {
    const { client, calls } = scripted({ statuses: [JAMMED, IDLE], printJob: [41] });
    const d = delivery(client);
    const start = Date.now();
    const now = vi.spyOn(Date, 'now').mockReturnValue(start);
    d.askEarly(PRINTER);
    now.mockReturnValue(start + 2001);
    await expect(d.send(job, PRINTER, 'alice', hooks)).resolves.toMatchObject({ printerJobId: 41 });
    expect(calls.getAttributes).toBe(2);
  });

  it('leaves no rejection unhandled when the fleet check refuses before a failing printer answers', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const { client } = scripted({ statuses: [unreachable()] });
      const d = new Delivery(
        {
          client,
          spool,
          fleetBlock: async () => ({ code: 'printer-stopped', message: 'p1 has a paper jam.' }),
        },
        { busyWaitMs: 2_000 },
      );
      await expect(d.send(job, PRINTER, 'alice', hooks)).rejects.toMatchObject({ code: 'printer-stopped' });
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('passes an unreachable printer on to the send, and to nobody else', async () => {
    const { client, calls } = scripted({ statuses: [unreachable()], printJob: [41] });
    const d = delivery(client);
    d.askEarly(PRINTER);
    await new Promise((resolve) => setTimeout(resolve, 5)); // a rejection nobody waits for yet
    await expect(d.send(job, PRINTER, 'alice', hooks)).rejects.toMatchObject({ code: 'printer-unreachable' });
    expect(calls.printJob).toBe(0);
  });
});

describe('Delivery.send', () => {
  it('never sends again a document the printer received without answering', async () => {
    for (const failure of ['timeout', 'unreachable'] as const) {
      const { client, calls } = scripted({ printJob: [lostAnswer(failure, true), 42] });
      const error = await delivery(client)
        .send(job, PRINTER, 'alice', hooks)
        .catch((e: unknown) => e);
      expect(error).toMatchObject({
        code: 'release-interrupted',
        message: `p1 received "Report" but did not confirm it. Check the printer's output before printing it again.`,
      });
      expect(calls.printJob).toBe(1);
    }
  });

  it('reports a request that never reached the printer as it is, without the warning to check the output', async () => {
    const { client, calls } = scripted({ printJob: [lostAnswer('timeout', false)] });
    await expect(delivery(client).send(job, PRINTER, 'alice', hooks)).rejects.toMatchObject({
      code: 'printer-timeout',
    });
    expect(calls.printJob).toBe(1);
  });

  it('waits while the printer says busy, then sends once it takes the job', async () => {
    const { client, calls } = scripted({ printJob: [busy(), busy(), 42] });
    const notes: string[] = [];
    const sent = await delivery(client).send(job, PRINTER, 'alice', {
      ...hooks,
      onBusy: (n) => notes.push(n),
    });
    expect(sent.printerJobId).toBe(42);
    expect(calls.printJob).toBe(3);
    expect(notes).toEqual(['waiting: p1 is busy', 'waiting: p1 is busy']);
  });
});

describe('Delivery.follow', () => {
  it('keeps asking through unavailable and unreachable answers until the printer says completed', async () => {
    const { client, calls } = scripted({
      jobStates: [
        unavailable(),
        unreachable(),
        { state: 5, reasons: [], impressionsCompleted: 0 },
        { state: 9, reasons: [], impressionsCompleted: 6 },
      ],
    });
    expect(await delivery(client).follow(PRINTER, 42, 'Report', () => false)).toEqual({
      kind: 'completed',
      impressions: 6,
    });
    expect(calls.getJobState).toBe(4);
  });

  it('fails, never counting as printed, a job the printer no longer knows', async () => {
    const { client } = scripted({ jobStates: [{ state: 5, reasons: [], impressionsCompleted: 0 }, 'gone'] });
    const outcome = await delivery(client).follow(PRINTER, 42, 'Report', () => false);
    expect(outcome).toMatchObject({
      kind: 'failed',
      error: {
        code: 'printer-timeout',
        message: 'p1 lost track of "Report". Check the printer before printing it again.',
      },
    });
  });

  it('fails with "never confirmed" once the deadline passes without an answer', async () => {
    const { client } = scripted({ jobStates: Array.from({ length: 1000 }, unreachable) });
    const outcome = await delivery(client, { followTimeoutMs: 30 }).follow(
      PRINTER,
      42,
      'Report',
      () => false,
    );
    expect(outcome).toMatchObject({
      kind: 'failed',
      error: { message: expect.stringMatching(/never confirmed/) },
    });
  });

  it('reports canceled and aborted jobs as failed, and a stop as stopped', async () => {
    for (const [state, how] of [
      [7, 'canceled'],
      [8, 'aborted'],
    ] as const) {
      const { client } = scripted({ jobStates: [{ state, reasons: [], impressionsCompleted: null }] });
      expect(await delivery(client).follow(PRINTER, 42, 'Report', () => false)).toMatchObject({
        kind: 'failed',
        error: { code: 'printer-aborted-job', message: `p1 ${how} "Report". It is held again.` },
      });
    }
    const { client, calls } = scripted({ jobStates: [] });
    expect(await delivery(client).follow(PRINTER, 42, 'Report', () => true)).toEqual({ kind: 'stopped' });
    expect(calls.getJobState).toBe(0);
  });
});

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FINISHING_FAMILIES } from '@quire/protocol';
import {
  type Config,
  ConfigError,
  createLogger,
  type Logger,
  loadConfig,
  type RunningServer,
  startServer,
} from '@quire/release-server';
import { type BannerInfo, banner } from './banner';
import { loadSimConfig, printerPort, type SimConfig } from './config';
import { AdminClient } from './demo/admin-client';
import { DEMO_TOKEN_FILE, demoAdminToken } from './demo/admin-token';
import { ensureDemoPdf } from './demo/demo-pdf';
import { DEMO_JOBS } from './demo/jobs';
import { DEMO_PRINTERS } from './demo/printers';
import { simulatorRoutes } from './demo/routes';
import { seedFirstStart } from './demo/seed';
import { DEMO_SNMP, demoSnmpSettings, snmpSummary } from './demo/snmp';
import { DEMO_PASSWORD, DEMO_USERS, toDemoUserView } from './demo/users';
import { type SimPrinter, startSimPrinter } from './printer';
import { type SnmpAgent, startSnmpAgent } from './snmp';

/** `npm start`: the release server, and in demo mode two simulated printers, the kiosk and demo data. */

const TEST_FILE = fileURLToPath(new URL('../ipp/print-held.test', import.meta.url));

/** A start-up failure with words for the person who ran `npm start`. */
class StartError extends Error {
  override name = 'StartError';
}

const running: { printers: SimPrinter[]; agents: SnmpAgent[]; server: RunningServer | null } = {
  printers: [],
  agents: [],
  server: null,
};
let stopping = false;

async function stopAll(code: number, log?: Logger): Promise<never> {
  if (stopping) process.exit(code);
  stopping = true;
  const force = setTimeout(() => {
    process.stderr.write('Could not stop cleanly within 10 s; exiting.\n');
    process.exit(1);
  }, 10_000);
  force.unref();
  try {
    await running.server?.close();
    await Promise.all(running.agents.map((a) => a.stop()));
    await Promise.all(running.printers.map((p) => p.stop()));
  } catch (error) {
    log?.error('stop failed', { error: String(error) });
    code = code || 1;
  }
  process.exit(code);
}

function readConfig(): { config: Config; sim: SimConfig } {
  try {
    return { config: loadConfig(process.env), sim: loadSimConfig(process.env) };
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
}

const inUse = (error: unknown): boolean => (error as NodeJS.ErrnoException)?.code === 'EADDRINUSE';

/** A path as a person would type it from here: relative when it is below the current directory. */
function shown(p: string): string {
  const rel = path.relative(process.cwd(), p);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : p;
}

async function startPrinters(sim: SimConfig, log: Logger): Promise<SimPrinter[]> {
  for (const [i, p] of DEMO_PRINTERS.entries()) {
    const port = printerPort(sim, i);
    try {
      running.printers.push(await startSimPrinter({ ...p, port, processingMs: sim.processingMs }));
    } catch (error) {
      if (!inUse(error)) throw error;
      throw new StartError(
        `Port ${port} for the simulated printer ${p.name} is already in use (SIM_PORT=${sim.basePort}). ` +
          'Stop what uses it, or set SIM_PORT to another port (0 picks free ports).',
      );
    }
    log.info('simulated printer listening', { name: p.name, uri: running.printers[i]!.uri });
  }
  return running.printers;
}

/**
 * Each demo printer's SNMP agent, on the same port number as its IPP server but over UDP (TCP and UDP
 * ports are apart), so SIM_PORT places both.
 */
async function startAgents(printers: SimPrinter[], log: Logger): Promise<SnmpAgent[]> {
  for (const printer of printers) {
    const port = printer.options.port === 0 ? 0 : printer.port;
    try {
      running.agents.push(await startSnmpAgent(printer, { ...DEMO_SNMP[printer.name], port }));
    } catch (error) {
      if (!inUse(error)) throw error;
      throw new StartError(
        `UDP port ${port} for the SNMP agent of ${printer.name} is already in use. Stop what uses it, or set SIM_PORT to another port (0 picks free ports).`,
      );
    }
    log.info('simulated printer snmp agent listening', {
      name: printer.name,
      port: running.agents.at(-1)!.port,
    });
  }
  return running.agents;
}

async function main(): Promise<void> {
  let { config, sim } = readConfig();
  let admin: BannerInfo['admin'] = config.adminToken ? { kind: 'own-token' } : { kind: 'disabled' };
  if (config.demo && !config.adminToken) {
    const token = await demoAdminToken(config.dataDir);
    config = loadConfig({ ...process.env, ADMIN_TOKEN: token });
    admin = { kind: 'demo-token', token, file: shown(path.join(config.dataDir, DEMO_TOKEN_FILE)) };
  }
  const log = createLogger(config.logLevel);
  process.once('SIGINT', () => void stopAll(0, log));
  process.once('SIGTERM', () => void stopAll(0, log));

  const printers = config.demo ? await startPrinters(sim, log) : [];
  const agents = config.demo ? await startAgents(printers, log) : [];
  const users = DEMO_USERS.map(toDemoUserView);
  try {
    running.server = await startServer(config, {
      log,
      ...(config.demo && { extend: simulatorRoutes({ printers, users }) }),
    });
  } catch (error) {
    if (!inUse(error)) throw error;
    throw new StartError(
      `Port ${config.port} (PORT) on ${config.host} is already in use. Stop what uses it, or set PORT to another port (0 picks a free one).`,
    );
  }
  const server = running.server;
  const wildcard = ['0.0.0.0', '::', '[::]'].includes(config.host);
  const url = wildcard ? `http://127.0.0.1:${server.port}` : server.url;
  if (!config.demo) {
    process.stdout.write(banner({ url, httpsUrl: server.httpsUrl, admin }));
    return;
  }

  const notes: string[] = [];
  const client = new AdminClient(url, config.adminToken!);
  for (const [i, p] of printers.entries()) {
    await client
      .addPrinter(p.name, p.uri)
      .then(() => client.setSnmp(p.name, demoSnmpSettings(p.name, agents[i]!.port)))
      .catch((error: unknown) => notes.push(`Printer ${p.name} not registered: ${String(error)}`));
  }
  const pdfFile = path.join(config.dataDir, 'demo', 'welcome.pdf');
  await ensureDemoPdf(pdfFile);
  try {
    const seeded = await seedFirstStart({
      admin: client,
      dataDir: config.dataDir,
      ippUri: `ipp://${url.slice('http://'.length)}/ipp/print`,
      pdfFile,
      users: DEMO_USERS,
      jobs: DEMO_JOBS,
    });
    notes.push(...seeded.notes);
  } catch (error) {
    notes.push(`Demo data not fully set up: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.stdout.write(
    banner({
      url,
      httpsUrl: server.httpsUrl,
      admin,
      demo: {
        printers: printers.map((p, i) => ({
          name: p.name,
          uri: p.uri,
          summary: summaryOf(p),
          snmp: snmpSummary(p.name, agents[i]!.port),
        })),
        users,
        password: DEMO_PASSWORD,
        pdfFile: shown(pdfFile),
        testFile: shown(TEST_FILE),
        notes,
      },
    }),
  );
}

function summaryOf(p: SimPrinter): string {
  const o = p.options;
  const families = Object.entries(FINISHING_FAMILIES)
    .filter(([, values]) => o.finishings.some((f) => (values as readonly number[]).includes(f)))
    .map(([family]) => family);
  const finisher = families.length > 0 ? `finisher: ${families.join(', ')}` : 'no finisher';
  return `${o.color ? 'colour' : 'black and white'}, ${o.duplex ? 'two-sided' : 'one-sided'}, ${finisher}`;
}

main().catch(async (error: unknown) => {
  process.stderr.write(
    `\n${error instanceof StartError ? error.message : `Quire could not start: ${String(error)}`}\n`,
  );
  if (!(error instanceof StartError) && error instanceof Error && error.stack)
    process.stderr.write(`${error.stack}\n`);
  await stopAll(1);
});

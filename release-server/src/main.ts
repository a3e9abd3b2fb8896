import { ConfigError, loadConfig } from './config';
import { createLogger } from './log';
import { startServer } from './server';

/** Runs the release server alone (no simulator): the production entry point. */
async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const log = createLogger(config.logLevel);
  const server = await startServer(config, { log });
  process.stdout.write(
    `Quire release server on ${server.url}\n  IPP queue: ipp://${server.url.slice(7)}/ipp/print\n`,
  );
  if (server.httpsUrl)
    process.stdout.write(
      `  HTTPS on ${server.httpsUrl}\n  IPP queue over TLS: ipps://${server.httpsUrl.slice(8)}/ipp/print\n`,
    );
  const stop = async (signal: string): Promise<void> => {
    log.info('stopping', { signal });
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

await main();

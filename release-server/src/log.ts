/** Levels in increasing severity. */
const LEVELS = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 } as const;
export type LogLevel = keyof typeof LEVELS;

export type Fields = Record<string, string | number | boolean | null | undefined>;

export interface Logger {
  debug(event: string, fields?: Fields): void;
  info(event: string, fields?: Fields): void;
  warn(event: string, fields?: Fields): void;
  error(event: string, fields?: Fields): void;
}

/**
 * One line per event: `time level event key=value ...`. Values are quoted when they contain spaces.
 * Callers pass only what is safe to log: never passwords, tokens, badge numbers or document bytes.
 */
export function createLogger(
  level: LogLevel,
  write: (line: string) => void = (l) => process.stdout.write(l),
): Logger {
  const min = LEVELS[level];
  const emit =
    (lvl: Exclude<LogLevel, 'silent'>) =>
    (event: string, fields: Fields = {}): void => {
      if (LEVELS[lvl] < min) return;
      const kv = Object.entries(fields)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => `${k}=${format(v)}`);
      write(`${new Date().toISOString()} ${lvl.padEnd(5)} ${event}${kv.length ? ` ${kv.join(' ')}` : ''}\n`);
    };
  return { debug: emit('debug'), info: emit('info'), warn: emit('warn'), error: emit('error') };
}

function format(v: Fields[string]): string {
  const s = String(v);
  return /[\s"=]/.test(s) ? JSON.stringify(s) : s;
}

export const silentLogger: Logger = createLogger('silent');

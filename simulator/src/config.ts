import { ConfigError } from '@quire/release-server';
import { z } from 'zod';

/**
 * The simulator's own settings, read once from the environment next to the release server's
 * (`loadConfig`). Every default is here.
 */
const simSchema = z.object({
  /** Port of the first simulated printer; the next ones take the following ports. 0 picks free ports. @default 8631 */
  SIM_PORT: z.coerce.number().int().min(0).max(65000).default(8631),
  /** How long a simulated printer takes per job, in ms, so people see "printing". @default 1000 */
  SIM_PROCESSING_MS: z.coerce.number().int().min(0).max(600_000).default(1000),
});

export type SimConfig = Readonly<{
  /** 0 means every printer takes a free port. */
  basePort: number;
  processingMs: number;
}>;

/** Validates the simulator's variables; a bad value fails fast with a message naming it. */
export function loadSimConfig(env: Record<string, string | undefined>): SimConfig {
  const result = simSchema.safeParse(
    Object.fromEntries(
      Object.entries(env).filter(([k, v]) => k in simSchema.shape && v !== undefined && v !== ''),
    ),
  );
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return Object.freeze({ basePort: result.data.SIM_PORT, processingMs: result.data.SIM_PROCESSING_MS });
}

/** The port of the `index`-th simulated printer. */
export const printerPort = (c: SimConfig, index: number): number =>
  c.basePort === 0 ? 0 : c.basePort + index;

import { DEFAULT_LOW_SUPPLY_PERCENT, DEFAULT_MAX_WRAP_USAGE } from '../domain/fleet';

/** How the fleet is polled (PRODUCT.md §11, issue 6). Every default is here. */
export interface FleetOptions {
  /** Time between two poll rounds. @default 300 000 (5 minutes) */
  intervalMs: number;
  /** First round after start, soon enough that the fleet view is filled by the time anyone opens it. @default 1 000 */
  firstRoundDelayMs: number;
  /** How long to wait for each SNMP answer before sending again. @default 2 000 */
  timeoutMs: number;
  /** How many times an unanswered SNMP request is sent again. @default 1 */
  retries: number;
  /** The most one printer's poll may take, all requests included. @default timeoutMs x (retries + 1) + 2 000 */
  deadlineMs: number;
  /** Printers polled at once while they answer quickly. @default 16 */
  concurrency: number;
  /** After this long a poll gives its place to the next printer and finishes in the background. @default 500 */
  slowAfterMs: number;
  /** Polls under way at once, slow ones included (open sockets). @default 256 */
  maxInFlight: number;
  /** Supplies under this percentage raise an alert. @default 10 */
  lowSupplyPercent: number;
  /** Largest usage between two readings taken as a 32-bit wrap rather than a reset. @default 10 000 000 */
  maxWrapUsage: number;
  /** Readings older than this are deleted after a round. @default 400 days */
  keepReadingsMs: number;
  /** A reading older than this no longer refuses a release. @default 2 x intervalMs + deadlineMs */
  staleAfterMs: number;
}

export function fleetOptions(over: Partial<FleetOptions> = {}): Readonly<FleetOptions> {
  const timeoutMs = over.timeoutMs ?? 2_000;
  const retries = over.retries ?? 1;
  const intervalMs = over.intervalMs ?? 300_000;
  const deadlineMs = over.deadlineMs ?? timeoutMs * (retries + 1) + 2_000;
  return Object.freeze({
    intervalMs,
    firstRoundDelayMs: 1_000,
    timeoutMs,
    retries,
    deadlineMs,
    concurrency: 16,
    slowAfterMs: 500,
    maxInFlight: 256,
    lowSupplyPercent: DEFAULT_LOW_SUPPLY_PERCENT,
    maxWrapUsage: DEFAULT_MAX_WRAP_USAGE,
    keepReadingsMs: 400 * 86_400_000,
    staleAfterMs: 2 * intervalMs + deadlineMs,
    ...over,
  });
}

import { ensureDbus } from './ippeveprinter';

/**
 * Runs once, in the main vitest process, before any test file: the D-Bus system bus ippeveprinter
 * needs is started here, so parallel workers find it answering rather than racing to start it.
 * A machine where it cannot start (no root) still runs the unit tests; the interop tests that need
 * the bus then fail with the reason when they start ippeveprinter.
 */
export default async function setup(): Promise<void> {
  await ensureDbus().catch((error: unknown) => {
    console.warn(`D-Bus system bus not started: ${error instanceof Error ? error.message : error}`);
  });
}

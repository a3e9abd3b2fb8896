import path from 'node:path';
import { type Ippeveprinter, startIppeveprinter } from '../../support/ippeveprinter';
import { track } from './cleanup';

/**
 * A real printer for the benchmarks: test/support's ippeveprinter (DNS-SD off, loopback, every job
 * completes at once through its recording command), stopped at the end whatever happens.
 */
export async function startPrinter(name: string): Promise<Ippeveprinter> {
  const printer = await startIppeveprinter({ name });
  // The harness keeps the printer's files in `<temp dir>/out`, passed to it as `-d`.
  const args = printer.process.child.spawnargs;
  const out = args[args.indexOf('-d') + 1];
  track(`ippeveprinter ${name}`, () => printer.stop(), {
    pids: [printer.process.child.pid!],
    dirs: out ? [path.dirname(out)] : [],
  });
  return printer;
}

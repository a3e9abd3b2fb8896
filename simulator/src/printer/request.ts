import { Operation } from '@quire/protocol/ipp';

/** IPP versions a simulated printer speaks (`ipp-versions-supported`), as ippeveprinter. */
export const IPP_VERSIONS = ['1.1', '2.0'] as const;

/** Operations a simulated printer performs (`operations-supported`). */
export const OPERATIONS = [
  Operation.PrintJob,
  Operation.ValidateJob,
  Operation.CancelJob,
  Operation.GetJobAttributes,
  Operation.GetJobs,
  Operation.GetPrinterAttributes,
] as const;

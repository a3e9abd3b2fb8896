import { Operation } from '@quire/protocol/ipp';

/** IPP versions the queue speaks (`ipp-versions-supported`). */
export const IPP_VERSIONS = ['1.1', '2.0', '2.1', '2.2'] as const;

/** Operations the queue performs (`operations-supported`). */
export const OPERATIONS = [
  Operation.PrintJob,
  Operation.ValidateJob,
  Operation.CreateJob,
  Operation.SendDocument,
  Operation.CancelJob,
  Operation.GetJobAttributes,
  Operation.GetJobs,
  Operation.GetPrinterAttributes,
] as const;

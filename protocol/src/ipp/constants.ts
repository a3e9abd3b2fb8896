/** Operation ids, RFC 8011 §5.4.15 and PWG 5100.x. */
export const Operation = {
  PrintJob: 0x0002,
  PrintUri: 0x0003,
  ValidateJob: 0x0004,
  CreateJob: 0x0005,
  SendDocument: 0x0006,
  CancelJob: 0x0008,
  GetJobAttributes: 0x0009,
  GetJobs: 0x000a,
  GetPrinterAttributes: 0x000b,
  HoldJob: 0x000c,
  ReleaseJob: 0x000d,
  CancelMyJobs: 0x0039,
  CloseJob: 0x003b,
  IdentifyPrinter: 0x003c,
} as const;

/** Status codes, RFC 8011 §4.1.6 and Appendix B. */
export const Status = {
  successfulOk: 0x0000,
  successfulOkIgnoredOrSubstituted: 0x0001,
  badRequest: 0x0400,
  forbidden: 0x0401,
  notAuthenticated: 0x0402,
  notAuthorized: 0x0403,
  notPossible: 0x0404,
  timeout: 0x0405,
  notFound: 0x0406,
  gone: 0x0407,
  requestEntityTooLarge: 0x0408,
  requestValueTooLong: 0x0409,
  documentFormatNotSupported: 0x040a,
  attributesOrValuesNotSupported: 0x040b,
  uriSchemeNotSupported: 0x040c,
  charsetNotSupported: 0x040d,
  conflictingAttributes: 0x040e,
  compressionNotSupported: 0x040f,
  compressionError: 0x0410,
  documentFormatError: 0x0411,
  documentAccessError: 0x0412,
  internalError: 0x0500,
  operationNotSupported: 0x0501,
  serviceUnavailable: 0x0502,
  versionNotSupported: 0x0503,
  deviceError: 0x0504,
  temporaryError: 0x0505,
  notAcceptingJobs: 0x0506,
  busy: 0x0507,
  jobCanceled: 0x0508,
  multipleDocumentJobsNotSupported: 0x0509,
} as const;

/** `job-state` enum, RFC 8011 §5.3.7. */
export const JobStateEnum = {
  pending: 3,
  pendingHeld: 4,
  processing: 5,
  processingStopped: 6,
  canceled: 7,
  aborted: 8,
  completed: 9,
} as const;

/** `printer-state` enum, RFC 8011 §5.4.11. */
export const PrinterStateEnum = { idle: 3, processing: 4, stopped: 5 } as const;

/** The status code's class: 0x00xx success, 0x04xx client error, 0x05xx server error. */
export const isSuccess = (status: number): boolean => status >= 0 && status < 0x0100;

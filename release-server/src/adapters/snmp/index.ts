export { createSnmpReader } from './client';
export { describeSnmpError } from './errors';
export {
  type SnmpCredentials,
  SnmpPollError,
  type SnmpReader,
  type SnmpReadOptions,
  type SnmpTarget,
} from './target';

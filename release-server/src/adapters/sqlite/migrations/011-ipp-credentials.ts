import type { Migration } from './types';

/**
 * Jobs sent to the IPP queue with HTTP Basic credentials (`IPP_AUTHENTICATION`, PRODUCT.md §3.1) are
 * held for the account that signed in, under its name; `claimed_user_name` keeps the
 * `requesting-user-name` the client sent with them ('' when it sent none), so that nothing the client
 * said is lost. NULL: the job came without credentials, and its owner is whoever its name names.
 */
export const ippCredentials: Migration = {
  version: 11,
  name: 'jobs sent with IPP credentials',
  sql: `
    ALTER TABLE jobs ADD COLUMN claimed_user_name TEXT;
  `,
};

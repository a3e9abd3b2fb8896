import type { Hono } from 'hono';
import type { AdminDeps } from './api';

/**
 * `POST /users/import` and `POST /badges/import` (text/csv, PRODUCT.md §9).
 * Placeholder until the CSV import lands.
 */
export function mountImports(_app: Hono, _deps: AdminDeps): void {}

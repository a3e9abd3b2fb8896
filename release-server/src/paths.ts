import { fileURLToPath } from 'node:url';

/** The Vite build output at the repository root (`npm run build`). */
export const DIST_DIR = fileURLToPath(new URL('../../dist/', import.meta.url));

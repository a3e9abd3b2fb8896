import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

const at = (p: string): string => fileURLToPath(new URL(p, import.meta.url));

/**
 * One build for every browser page. Each page is an HTML entry; the release server serves
 * `dist/device-app/index.html` at /panel/ and the simulator serves `dist/simulator/kiosk/index.html`
 * at /kiosk/. Shared, hashed assets land in `dist/assets/`.
 *
 * `npm run dev:pages` serves the pages with hot reload and forwards the API to a running server
 * (`QUIRE_URL`, default http://127.0.0.1:8080).
 */
const server = process.env.QUIRE_URL ?? 'http://127.0.0.1:8080';

export default defineConfig({
  root: at('.'),
  base: '/',
  plugins: [preact()],
  build: {
    outDir: at('dist'),
    emptyOutDir: true,
    target: 'es2020',
    reportCompressedSize: false,
    rollupOptions: {
      input: {
        panel: at('device-app/index.html'),
        kiosk: at('simulator/kiosk/index.html'),
      },
    },
  },
  server: {
    proxy: {
      '/ws': { target: server.replace(/^http/, 'ws'), ws: true },
      '/api': server,
      '/ipp': server,
      '/sim': server,
    },
  },
});

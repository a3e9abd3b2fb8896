import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

const at = (p: string): string => fileURLToPath(new URL(p, import.meta.url));

/**
 * One config for every browser page. Each page is an HTML entry; the release server serves
 * `dist/device-app/index.html` at /panel/ and the simulator serves `dist/simulator/kiosk/index.html`
 * at /kiosk/. Hashed assets land in `dist/assets/`.
 *
 * `vite build` builds the panel, `vite build --mode kiosk` the kiosk and `--mode admin` the admin page
 * (`dist/release-server/src/admin/page/index.html`, served at /admin/), `--mode my` the user's own queue
 * (`dist/release-server/src/my/page/index.html`, served at /my/; npm run build does all four): built
 * apart, the panel shares no chunk with the kiosk and pays for no cross-chunk plumbing; every byte
 * counts on a printer's panel (issue: 35 KB budget, `npm run size`).
 *
 * `npm run dev:pages` serves the pages with hot reload and forwards the API to a running server
 * (`QUIRE_URL`, default http://127.0.0.1:8080).
 */
const server = process.env.QUIRE_URL ?? 'http://127.0.0.1:8080';

const PAGES: Record<string, string> = {
  panel: at('device-app/index.html'),
  kiosk: at('simulator/kiosk/index.html'),
  admin: at('release-server/src/admin/page/index.html'),
  my: at('release-server/src/my/page/index.html'),
};

export default defineConfig(({ command, mode }) => {
  const page = mode in PAGES ? mode : 'panel';
  return {
    root: at('.'),
    base: '/',
    plugins: [preact()],
    build: {
      outDir: at('dist'),
      // The panel builds first; the other pages keep its files.
      emptyOutDir: !(mode in PAGES) || mode === 'panel',
      target: 'es2020',
      reportCompressedSize: false,
      rollupOptions: {
        // The dev server serves every page; a build makes one (the panel unless `--mode` names another).
        input: command === 'serve' ? PAGES : { [page]: PAGES[page]! },
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
  };
});

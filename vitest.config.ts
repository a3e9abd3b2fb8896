import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{protocol,release-server,device-app,simulator}/src/**/*.test.{ts,tsx}', 'test/**/*.test.ts'],
    exclude: ['test/bench/**', '**/node_modules/**'],
    // Interop and browser tests start real processes (ippeveprinter, chromium, the server).
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    globalSetup: ['test/support/global-setup.ts'],
  },
});

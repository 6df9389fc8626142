import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests drive the built renderer in Debian's Chromium through the loopback bridge,
 * against the real services and real files. Each test starts its own bridge with a fresh data
 * folder (test/e2e/fixtures.ts).
 */
export default defineConfig({
  testDir: 'test/e2e',
  globalSetup: './test/e2e/global-setup.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
    viewport: { width: 1360, height: 860 },
    acceptDownloads: true,
    trace: 'retain-on-failure',
    actionTimeout: 15_000,
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/service/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
    // A temporary data folder for the run, so tests never write into ~/.config/tinjau.
    globalSetup: ['./test/support/vitest-data-dir.ts'],
  },
});

import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const TOOL_TESTS = ['tests/support/**/*.test.ts', 'tests/tools/**/*.test.ts', 'tests/bench/**/*.test.ts'];

export default defineConfig({
  // Paths below are relative to the project, not to this folder.
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          // With the conformance fixtures: Markdown in, exact HTML out, no build.
          include: ['src/**/*.test.ts', 'tests/conformance/**/*.test.ts'],
        },
      },
      {
        // The test tools' own unit tests (HTML and PNG readers, the damage kinds, the benchmark's
        // chart): no build to wait for.
        test: {
          name: 'tools',
          include: TOOL_TESTS,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/**/*.test.ts'],
          exclude: [...TOOL_TESTS, 'tests/conformance/**'],
          // The browser check runs first, so CI without Chromium fails before the build.
          globalSetup: ['tests/support/browser-setup.ts', 'tests/support/global-setup.ts'],
          // Builds share Astro's cache and generated types, so site tests run one file at a time.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});

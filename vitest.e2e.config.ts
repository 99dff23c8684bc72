import { defineConfig } from 'vitest/config';

const conditions = ['@trtc-smart/source', 'import', 'module', 'default'];

/** Browser end-to-end tests: real headless Chromium, run after the build. */
export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    include: [
      'packages/*/e2e/**/*.e2e.test.ts',
      'apps/*/e2e/**/*.e2e.test.ts',
      'examples/*/e2e/**/*.e2e.test.ts',
    ],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    passWithNoTests: true,
  },
});

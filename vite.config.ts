/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

// Relative base so the build works from any static host or sub-folder (classrooms, offline copies).
export default defineConfig({
  base: './',
  define: { __APP_VERSION__: JSON.stringify(version) },
  // The verification worker imports the engine: bundle it as an ES module like the pages.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      // Two pages: the game and the facilitator page (classroom links, result codes, class charts).
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        facilitator: fileURLToPath(new URL('./facilitator.html', import.meta.url)),
      },
      output: {
        // Phaser is ~1.2 MB raw: keep it in its own long-cacheable chunk.
        codeSplitting: {
          groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }],
        },
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});

/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

// Relative base so the build works from any static host or sub-folder (classrooms, offline copies).
export default defineConfig({
  base: './',
  define: { __APP_VERSION__: JSON.stringify(version) },
  plugins: [
    // Offline play and install: a service worker precaches both pages and everything they load (code,
    // languages, audio, fonts, icons). A new version takes over at the next start (autoUpdate:
    // skipWaiting + clientsClaim), so nobody is trapped on an old build. The worker is registered by an
    // external script (registerSW.js), which the Content-Security-Policy allows.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script',
      manifest: {
        name: 'Phoenix Ops',
        short_name: 'Phoenix Ops',
        description: 'A browser game that teaches the Three Ways of DevOps.',
        lang: 'en',
        start_url: './',
        scope: './',
        display: 'standalone',
        orientation: 'landscape',
        background_color: '#0a1017',
        theme_color: '#0f1720',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // woff2 only: every browser with service workers reads it (the .woff copies would double the fonts).
        // Both audio encodings: which one a browser plays is only known there (Ogg, or MP3 without Vorbis).
        globPatterns: ['**/*.{js,css,html,svg,png,woff2,ogg,mp3,json,webmanifest}'],
        // Phaser's chunk is larger than Workbox's 2 MB default.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        // A class link (?scenario=…&seed=…) is the same page: serve it from the cache offline.
        ignoreURLParametersMatching: [/.*/],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
        navigateFallback: null,
      },
    }),
  ],
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

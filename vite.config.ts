/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

const phaserSource = fileURLToPath(new URL('./node_modules/phaser/src/', import.meta.url));

// The production build takes only the parts of Phaser the game uses (src/game/phaser-lean.js says
// why); Phaser's sources switch their optional parts on these flags, as its own webpack build does.
const leanPhaser = {
  alias: [
    { find: /^phaser$/, replacement: fileURLToPath(new URL('./src/game/phaser-lean.js', import.meta.url)) },
    { find: /^phaser-src\//, replacement: phaserSource },
  ],
  define: {
    'typeof CANVAS_RENDERER': 'true',
    'typeof WEBGL_RENDERER': 'true',
    'typeof WEBGL_DEBUG': 'false',
    'typeof EXPERIMENTAL': 'false',
    'typeof FEATURE_SOUND': 'false',
    'typeof PLUGIN_CAMERA3D': 'false',
    'typeof PLUGIN_FBINSTANT': 'false',
  },
};

// Relative base so the build works from any static host or sub-folder (classrooms, offline copies).
export default defineConfig(({ command }) => ({
  base: './',
  define: { __APP_VERSION__: JSON.stringify(version), ...(command === 'build' ? leanPhaser.define : {}) },
  resolve: command === 'build' ? { alias: leanPhaser.alias } : {},
  plugins: [
    // Offline play and install: a service worker precaches both pages and everything they load (code,
    // languages, audio, fonts, icons). A new version takes over at the next start (autoUpdate:
    // skipWaiting + clientsClaim), so nobody is trapped on an old build. The pages register the worker
    // themselves, once the first screen is up and quiet (src/platform/offline-copy.ts says why).
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: false,
      filename: 'sw.js',
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
          groups: [{ name: 'phaser', test: /node_modules[\\/]phaser|phaser-lean\.js/ }],
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
}));

import { defineConfig } from 'vite';

// Relative base so the build works from any static host or sub-folder (classrooms, offline copies).
export default defineConfig({
  base: './',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
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
});

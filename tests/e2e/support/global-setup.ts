import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureChromium } from './chromium';
import { startPreview } from './preview-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
  }
}

const root = resolve(import.meta.dirname, '../../..');

/** Serves the production build on 127.0.0.1 and finds a Chromium before any browser test runs. */
export default async function setup(project: TestProject): Promise<() => void> {
  if (!existsSync(resolve(root, 'dist/index.html'))) {
    throw new Error('No production build in dist/: run "npm run build" first (npm run test:e2e does).');
  }
  const chromiumPath = ensureChromium();
  const server = await startPreview();
  project.provide('baseUrl', server.url);
  project.provide('chromiumPath', chromiumPath);
  return () => server.stop();
}

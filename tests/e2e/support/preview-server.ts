import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');

export interface PreviewServer {
  /** e.g. http://127.0.0.1:41234/ */
  url: string;
  stop(): void;
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * Serves the production build (`dist/`) with Vite's own binary on a free 127.0.0.1 port and waits
 * until it answers. Browser tests and the browser benchmarks share it; stop it with `stop()`.
 */
export async function startPreview(timeoutMs = 20_000, outDir?: string): Promise<PreviewServer> {
  const port = await freePort();
  const server = spawn(
    resolve(root, 'node_modules/.bin/vite'),
    [
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
      ...(outDir ? ['--outDir', outDir] : []),
    ],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const url = `http://127.0.0.1:${port}/`;
  const stop = () => void server.kill('SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`vite preview exited with code ${server.exitCode}`);
    try {
      if ((await fetch(url)).ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  stop();
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs} ms`);
}

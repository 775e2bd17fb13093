// Runs verification in Web Workers (one per core, at most 4) so the page stays responsive; if
// workers are unavailable it verifies in small chunks on the main thread, yielding between them.
import { type Verification, verifyCode } from './verify';
import type { VerifyRequest, VerifyResponse } from './verify.worker';

type Progress = (done: number, total: number) => void;

function startWorker(): Worker | null {
  try {
    return new Worker(new URL('./verify.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

export class Verifier {
  private workers: Worker[] | null = null;
  private nextId = 1;

  /** One worker per core (at most 4): meanwhile the main thread only moves the progress bar. */
  constructor(private readonly maxWorkers = Math.max(1, Math.min(4, navigator.hardwareConcurrency || 2))) {}

  private pool(): Worker[] {
    if (this.workers === null) {
      this.workers = [];
      for (let i = 0; i < this.maxWorkers; i++) {
        const worker = startWorker();
        if (worker) this.workers.push(worker);
      }
    }
    return this.workers;
  }

  /** Starts the workers ahead of the first request (each warms the simulation up as it starts). */
  prepare(): void {
    this.pool();
  }

  verify = async (codes: string[], onProgress: Progress): Promise<Verification[]> => {
    const workers = this.pool();
    if (workers.length === 0) return verifyChunked(codes, onProgress);
    try {
      return await this.inWorkers(workers, codes, onProgress);
    } catch {
      // A worker that failed to load (an odd host, a blocked script): fall back to the main thread.
      for (const worker of workers) worker.terminate();
      this.workers = [];
      return verifyChunked(codes, onProgress);
    }
  };

  private inWorkers(workers: Worker[], codes: string[], onProgress: Progress): Promise<Verification[]> {
    const shares = Math.min(workers.length, Math.max(1, Math.ceil(codes.length / 8)));
    const size = Math.ceil(codes.length / shares);
    const done = new Array<number>(shares).fill(0);
    const report = () =>
      onProgress(
        done.reduce((a, b) => a + b, 0),
        codes.length,
      );
    const jobs = Array.from({ length: shares }, (_, index) => {
      const worker = workers[index]!;
      const slice = codes.slice(index * size, (index + 1) * size);
      const id = this.nextId++;
      return new Promise<Verification[]>((resolve, reject) => {
        const onMessage = (event: MessageEvent<VerifyResponse>) => {
          if (event.data.id !== id) return;
          if (event.data.kind === 'progress') {
            done[index] = event.data.done;
            report();
            return;
          }
          done[index] = slice.length;
          report();
          cleanup();
          resolve(event.data.results);
        };
        const onError = (event: Event) => {
          cleanup();
          event.preventDefault();
          reject(new Error('verification worker failed'));
        };
        const cleanup = () => {
          worker.removeEventListener('message', onMessage);
          worker.removeEventListener('error', onError);
        };
        worker.addEventListener('message', onMessage);
        worker.addEventListener('error', onError);
        worker.postMessage({ id, codes: slice } satisfies VerifyRequest);
      });
    });
    return Promise.all(jobs).then((parts) => parts.flat());
  }

  close(): void {
    for (const worker of this.workers ?? []) worker.terminate();
    this.workers = null;
  }
}

/** Main-thread fallback: about 25 ms of work at a time, then back to the browser. */
export async function verifyChunked(codes: string[], onProgress: Progress): Promise<Verification[]> {
  const results: Verification[] = [];
  while (results.length < codes.length) {
    const start = performance.now();
    while (results.length < codes.length && performance.now() - start < 25) {
      results.push(verifyCode(codes[results.length]!));
    }
    onProgress(results.length, codes.length);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return results;
}

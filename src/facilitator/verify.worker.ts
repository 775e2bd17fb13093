// Verifies result codes off the page's main thread, reporting progress as it goes.
import { verifyCode, warmUp } from './verify';

export interface VerifyRequest {
  id: number;
  codes: string[];
}

export type VerifyResponse =
  | { id: number; kind: 'progress'; done: number }
  | { id: number; kind: 'done'; results: ReturnType<typeof verifyCode>[] };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<VerifyRequest>) => void) | null;
  postMessage(message: VerifyResponse): void;
};

scope.onmessage = (event) => {
  const { id, codes } = event.data;
  const results: ReturnType<typeof verifyCode>[] = [];
  let lastReport = 0;
  for (const code of codes) {
    results.push(verifyCode(code));
    const now = performance.now();
    if (now - lastReport > 50) {
      lastReport = now;
      scope.postMessage({ id, kind: 'progress', done: results.length });
    }
  }
  scope.postMessage({ id, kind: 'done', results });
};

// Compile the simulation while the facilitator is still pasting codes; requests wait behind it.
setTimeout(() => {
  warmUp();
}, 0);

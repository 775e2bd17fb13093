// Finds the result codes in pasted or loaded text without stalling the page: the text is read in
// slices of a few milliseconds, giving the browser a frame between them, and the lines that hold no
// code are counted (with a few examples) rather than listed one by one.
import { excerptOf } from './verify';

const CODE_PATTERN = /PHX\d{1,3}\.[A-Za-z0-9_-]*/g;

export interface ScanResult {
  /** Every code found, in order (the same code may appear more than once). */
  codes: string[];
  /** Non-empty lines that hold no code. */
  otherLines: number;
  /** The first few of them, shortened (shown as text). */
  examples: string[];
}

export interface ScanOptions {
  /** Work this long before giving the browser a frame (milliseconds). */
  sliceMs?: number;
  /** How many non-code lines to keep as examples. */
  maxExamples?: number;
  /** Gives the event loop a turn between slices (tests pass their own). */
  yieldToBrowser?: () => Promise<void>;
  /** Called after each slice with the characters read so far. */
  onProgress?: (done: number, total: number) => void;
  /** Time source (tests pass a counter). */
  now?: () => number;
}

export const SCAN_DEFAULTS = { sliceMs: 8, maxExamples: 5 } as const;

export const nextFrame = (): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, 0);
  });

/** Splits `text` into lines (\n, \r\n or \r) and finds the codes in each, a slice at a time. */
export async function scanCodes(text: string, options: ScanOptions = {}): Promise<ScanResult> {
  const sliceMs = options.sliceMs ?? SCAN_DEFAULTS.sliceMs;
  const maxExamples = options.maxExamples ?? SCAN_DEFAULTS.maxExamples;
  const yieldToBrowser = options.yieldToBrowser ?? nextFrame;
  const now = options.now ?? (() => performance.now());
  const result: ScanResult = { codes: [], otherLines: 0, examples: [] };
  let position = 0;
  let sliceStart = now();
  while (position < text.length) {
    let end = text.indexOf('\n', position);
    if (end < 0) end = text.length;
    scanLine(text.slice(position, end), result, maxExamples);
    position = end + 1;
    // Checking the clock every line is cheap next to the regular expression.
    if (position < text.length && now() - sliceStart >= sliceMs) {
      options.onProgress?.(position, text.length);
      await yieldToBrowser();
      sliceStart = now();
    }
  }
  options.onProgress?.(text.length, text.length);
  return result;
}

function scanLine(raw: string, into: ScanResult, maxExamples: number): void {
  // A lone \r also ends a line (old Mac files).
  const lines = raw.includes('\r') ? raw.split('\r') : [raw];
  for (const line of lines) {
    const matches = line.match(CODE_PATTERN);
    if (matches) {
      for (const code of matches) into.codes.push(code);
      continue;
    }
    const trimmed = line.trim();
    if (trimmed === '') continue;
    into.otherLines++;
    if (into.examples.length < maxExamples) into.examples.push(excerptOf(trimmed));
  }
}

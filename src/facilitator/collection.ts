// The facilitator's class: every verified result (one per distinct code) and the rejected inputs.
import { findCodes } from '../platform/result-code';
import { excerptOf, type RejectedCode, type Verification, type VerifiedResult } from './verify';

/** What `window.__facilitator.addCodes` resolves with: one entry per code (or non-code line) found. */
export type AddEntry =
  | {
      ok: true;
      name: string;
      className: string;
      scenario: string;
      seed: number;
      score: number;
      stars: number;
      metrics: VerifiedResult['metrics'];
      /** This code was already in the class (pasted twice): merged, not counted again. */
      duplicate: boolean;
    }
  | { ok: false; reason: string; detail: string; excerpt: string };

export type Verify = (
  codes: string[],
  onProgress: (done: number, total: number) => void,
) => Promise<Verification[]>;

export class ResultCollection {
  private readonly byCode = new Map<string, VerifiedResult>();
  private readonly rejectedList: RejectedCode[] = [];

  get results(): VerifiedResult[] {
    return [...this.byCode.values()];
  }

  get rejected(): readonly RejectedCode[] {
    return this.rejectedList;
  }

  clear(): void {
    this.byCode.clear();
    this.rejectedList.length = 0;
  }

  /**
   * Finds the codes in `text`, verifies each new one once (through `verify`: a worker in the page, the
   * same function in tests), merges duplicates and keeps the rejected ones with their reason.
   */
  async add(
    text: string,
    verify: Verify,
    onProgress: (done: number, total: number) => void = () => {},
  ): Promise<AddEntry[]> {
    const found = findCodes(text);
    const fresh = [
      ...new Set(found.flatMap((f) => (f.kind === 'code' && !this.byCode.has(f.code) ? [f.code] : []))),
    ];
    const verified = new Map<string, Verification>();
    const results = fresh.length > 0 ? await verify(fresh, onProgress) : [];
    fresh.forEach((code, index) => {
      verified.set(code, results[index]!);
    });
    const seen = new Set<string>();
    const entries: AddEntry[] = [];
    for (const item of found) {
      if (item.kind === 'other') {
        const rejected: RejectedCode = {
          ok: false,
          reason: 'not-a-code',
          detail: '',
          excerpt: excerptOf(item.text),
        };
        this.rejectedList.push(rejected);
        entries.push(rejected);
        continue;
      }
      const existing = this.byCode.get(item.code);
      if (existing) {
        entries.push(entryOf(existing, true));
        continue;
      }
      const verification = verified.get(item.code);
      if (!verification) continue;
      if (verification.ok) {
        this.byCode.set(item.code, verification);
        entries.push(entryOf(verification, seen.has(item.code)));
      } else {
        if (!seen.has(item.code)) this.rejectedList.push(verification);
        entries.push(verification);
      }
      seen.add(item.code);
    }
    return entries;
  }
}

function entryOf(result: VerifiedResult, duplicate: boolean): AddEntry {
  return {
    ok: true,
    name: result.name,
    className: result.className,
    scenario: result.scenario,
    seed: result.seed,
    score: result.score,
    stars: result.stars,
    metrics: result.metrics,
    duplicate,
  };
}

// The facilitator's class: one verified result per run (however many ways its code was spelled), the
// rejected codes with their reason, and a count of the pasted lines that were not codes at all.
import { type ScanOptions, scanCodes } from './scan';
import { excerptOf, type RejectedCode, type Verification, type VerifiedResult } from './verify';

/** What a class holds and what one paste or file may bring (the page states them when reached). */
export const CLASS_LIMITS: {
  readonly results: number;
  readonly codesPerAdd: number;
  readonly inputBytes: number;
  readonly rejectedListed: number;
  readonly examples: number;
  readonly knownCodes: number;
} = {
  /** Results a class keeps (and this browser stores across reloads). */
  results: 2000,
  /** New, distinct codes verified from one paste or file. */
  codesPerAdd: 5000,
  /** Characters of one paste and bytes of one file (a class of long codes is well under 1 MB). */
  inputBytes: 2 * 1024 * 1024,
  /** Rejected codes listed one by one; the others are counted. */
  rejectedListed: 200,
  /** Non-code lines shown as examples. */
  examples: 5,
  /** Spellings of codes remembered so a code pasted again is not verified again. */
  knownCodes: 20_000,
};

export type ClassLimits = Readonly<typeof CLASS_LIMITS>;

/** What `window.__facilitator.addCodes` resolves with: one entry per code found in the text. */
export type AddEntry =
  | {
      ok: true;
      name: string;
      className: string;
      scenario: string;
      seed: number;
      days: number;
      demand: number;
      score: number;
      stars: number;
      metrics: VerifiedResult['metrics'];
      /** The same run was already in the class (pasted twice, or spelled another way): merged. */
      duplicate: boolean;
    }
  | { ok: false; reason: string; detail: string; excerpt: string };

/** What one paste or file brought, for the status line. */
export interface AddSummary {
  /** New results. */
  verified: number;
  /** Codes refused (each occurrence). */
  rejected: number;
  /** Codes of runs already in the class. */
  duplicates: number;
  /** Non-empty lines without a code, and the first few of them. */
  notCodeLines: number;
  examples: string[];
  /** Verified results not kept because the class was full. */
  classFull: number;
  /** Codes not verified because the text held more new codes than one paste may. */
  skipped: number;
}

export interface AddOutcome {
  entries: AddEntry[];
  summary: AddSummary;
}

export type Verify = (
  codes: string[],
  onProgress: (done: number, total: number) => void,
) => Promise<Verification[]>;

export interface AddOptions {
  onProgress?: (done: number, total: number) => void;
  /** Options of the sliced scan (tests make it deterministic). */
  scan?: ScanOptions;
}

export class ResultCollection {
  /** By run (see `VerifiedResult.runKey`). */
  private readonly byRun = new Map<string, VerifiedResult>();
  /** Every spelling seen of a kept run: code → run key. */
  private readonly runOfCode = new Map<string, string>();
  private readonly rejectedList: RejectedCode[] = [];
  private rejectedTotal = 0;
  private notCodeLines = 0;
  private readonly notCodeExamples: string[] = [];

  constructor(private readonly limits: ClassLimits = CLASS_LIMITS) {}

  get results(): VerifiedResult[] {
    return [...this.byRun.values()];
  }

  get size(): number {
    return this.byRun.size;
  }

  /** The rejected codes listed (at most `rejectedListed`). */
  get rejected(): readonly RejectedCode[] {
    return this.rejectedList;
  }

  /** Every rejected code, listed or not. */
  get rejectedCount(): number {
    return this.rejectedTotal;
  }

  /** Lines without a code, over everything added since the class was cleared. */
  get notCodes(): { lines: number; examples: readonly string[] } {
    return { lines: this.notCodeLines, examples: this.notCodeExamples };
  }

  clear(): void {
    this.byRun.clear();
    this.runOfCode.clear();
    this.rejectedList.length = 0;
    this.rejectedTotal = 0;
    this.notCodeLines = 0;
    this.notCodeExamples.length = 0;
  }

  private reject(rejected: RejectedCode): void {
    this.rejectedTotal++;
    if (this.rejectedList.length < this.limits.rejectedListed) this.rejectedList.push(rejected);
  }

  /**
   * Finds the codes in `text` (a slice at a time), verifies each new one once (through `verify`: workers
   * in the page, the same function in tests), merges runs already in the class and keeps the rejected
   * codes with their reason. Lines that hold no code are counted, not listed.
   */
  async add(text: string, verify: Verify, options: AddOptions = {}): Promise<AddOutcome> {
    const scan = await scanCodes(text, { maxExamples: this.limits.examples, ...options.scan });
    const summary: AddSummary = {
      verified: 0,
      rejected: 0,
      duplicates: 0,
      notCodeLines: scan.otherLines,
      examples: scan.examples,
      classFull: 0,
      skipped: 0,
    };
    this.notCodeLines += scan.otherLines;
    for (const example of scan.examples) {
      if (this.notCodeExamples.length < this.limits.examples) this.notCodeExamples.push(example);
    }

    const fresh: string[] = [];
    const freshSet = new Set<string>();
    const skipped = new Set<string>();
    for (const code of scan.codes) {
      if (this.runOfCode.has(code) || freshSet.has(code)) continue;
      if (fresh.length < this.limits.codesPerAdd) {
        fresh.push(code);
        freshSet.add(code);
      } else skipped.add(code);
    }
    summary.skipped = skipped.size;
    const results = fresh.length > 0 ? await verify(fresh, options.onProgress ?? (() => {})) : [];
    const verified = new Map<string, Verification>();
    fresh.forEach((code, index) => {
      verified.set(code, results[index]!);
    });

    const seen = new Set<string>();
    const entries: AddEntry[] = [];
    for (const code of scan.codes) {
      const known = this.runOfCode.get(code);
      const existing = known === undefined ? undefined : this.byRun.get(known);
      if (existing) {
        summary.duplicates++;
        entries.push(entryOf(existing, true));
        continue;
      }
      const verification = verified.get(code);
      if (!verification) continue; // beyond what one paste may verify
      const first = !seen.has(code);
      seen.add(code);
      if (!verification.ok) {
        if (first) this.reject(verification);
        summary.rejected++;
        entries.push(verification);
        continue;
      }
      const sameRun = this.byRun.get(verification.runKey);
      if (sameRun) {
        this.remember(code, verification.runKey);
        summary.duplicates++;
        entries.push(entryOf(sameRun, true));
        continue;
      }
      if (this.byRun.size >= this.limits.results) {
        const full: RejectedCode = {
          ok: false,
          reason: 'class-full',
          detail: String(this.limits.results),
          excerpt: excerptOf(verification.code),
        };
        if (first) {
          this.reject(full);
          summary.classFull++;
        }
        summary.rejected++;
        entries.push(full);
        continue;
      }
      this.byRun.set(verification.runKey, verification);
      this.remember(code, verification.runKey);
      summary.verified++;
      entries.push(entryOf(verification, false));
    }
    return { entries, summary };
  }

  private remember(code: string, runKey: string): void {
    if (this.runOfCode.size < this.limits.knownCodes) this.runOfCode.set(code, runKey);
  }
}

function entryOf(result: VerifiedResult, duplicate: boolean): AddEntry {
  return {
    ok: true,
    name: result.name,
    className: result.className,
    scenario: result.scenario,
    seed: result.seed,
    days: result.days,
    demand: result.demand,
    score: result.score,
    stars: result.stars,
    metrics: result.metrics,
    duplicate,
  };
}

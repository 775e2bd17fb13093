// Issue 14: duplicates are the same run, not the same string; a paste of junk can't stall the page or
// make a row per line; a class has stated limits and says when they are reached.
import { deflateSync, inflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { type Command, type RunLog, replayLog, simulate } from '../../../src/engine';
import {
  loadClassCodes,
  loadShareSettings,
  saveClassCodes,
  saveShareSettings,
} from '../../../src/facilitator/class-store';
import { CLASS_LIMITS, ResultCollection, type Verify } from '../../../src/facilitator/collection';
import { reasonKey } from '../../../src/facilitator/reasons';
import { scanCodes } from '../../../src/facilitator/scan';
import { replayNormalised, verifyCode } from '../../../src/facilitator/verify';
import {
  CODE_PREFIX,
  decodeResultCode,
  encodeResultCode,
  fromBase64Url,
} from '../../../src/platform/result-code';
import { memoryStorage } from '../../../src/platform/storage';
import { getScenario, scenarios } from '../../../src/scenarios';
import { frameDeflated } from '../platform/code-frame';

const verifySync: Verify = async (codes, onProgress) => {
  const out = codes.map((code) => verifyCode(code));
  onProgress(codes.length, codes.length);
  return out;
};
/** No waiting between slices in unit tests. */
const instant = { yieldToBrowser: () => Promise.resolve() };

/** The deflated payload inside a code, re-framed: how a forger (or another encoder) would spell it. */
function reframe(
  code: string,
  options: { level?: 0 | 9; prefix?: string; json?: (payload: unknown) => string },
) {
  const bytes = fromBase64Url(code.slice(CODE_PREFIX.length))!;
  let at = 1;
  let length = 0;
  let scale = 1;
  for (;;) {
    const byte = bytes[at++]!;
    length += (byte & 0x7f) * scale;
    scale *= 128;
    if ((byte & 0x80) === 0) break;
  }
  const payload = JSON.parse(new TextDecoder().decode(inflateSync(bytes.subarray(at, at + length))));
  const text = options.json ? options.json(payload) : JSON.stringify(payload);
  const deflated = deflateSync(new TextEncoder().encode(text), { level: options.level ?? 9 });
  return frameDeflated(deflated, options.prefix ?? CODE_PREFIX);
}

const { run } = simulate({ scenario: scenarios['first-way'], seed: 4711, policy: { batchSize: 2 } });
const genuineLog = run.log;
const endTick = run.state.endTick;
const withCommands = (commands: [number, Command][]): RunLog => ({ ...genuineLog, commands });
const code = (log: RunLog, name = 'Ada') => encodeResultCode({ log, name, className: 'PM onboarding' });

describe('duplicates are the same run, not the same string', () => {
  const genuine = code(genuineLog);
  const last = genuineLog.commands[genuineLog.commands.length - 1]![0];
  const variants: Record<string, string> = {
    genuine,
    'PHX01. prefix': `PHX01.${genuine.slice(CODE_PREFIX.length)}`,
    'PHX001. prefix': `PHX001.${genuine.slice(CODE_PREFIX.length)}`,
    'deflate level 0': reframe(genuine, { level: 0 }),
    'JSON with spaces': reframe(genuine, { json: (payload) => JSON.stringify(payload, null, 1) }),
    'a trailing no-op setting': code(
      withCommands([
        ...genuineLog.commands,
        [Math.max(last, endTick - 1), { type: 'setBatchSize', size: 2 }],
      ]),
    ),
    'several trailing no-ops': code(
      withCommands([
        ...genuineLog.commands,
        [Math.max(last, endTick - 2), { type: 'setBatchSize', size: 2 }],
        [Math.max(last, endTick - 1), { type: 'setBatchSize', size: 2 }],
        [Math.max(last, endTick - 1), { type: 'protectConstraint', on: false }],
      ]),
    ),
    'commands after the act ended': code(
      withCommands([
        ...genuineLog.commands,
        [endTick + 5, { type: 'deploy' }],
        [endTick + 900, { type: 'setBatchSize', size: 20 }],
      ]),
    ),
    'a no-op at the start': code(
      withCommands([[0, { type: 'setBatchSize', size: 2 }], ...genuineLog.commands]),
    ),
    'the class name differs': encodeResultCode({ log: genuineLog, name: 'Ada', className: 'Other class' }),
  };

  it('every spelling decodes and verifies to the same score and the same run key', () => {
    const truth = verifyCode(genuine);
    if (!truth.ok) throw new Error(truth.reason);
    for (const [label, variant] of Object.entries(variants)) {
      expect(decodeResultCode(variant).ok, label).toBe(true);
      const result = verifyCode(variant);
      if (!result.ok) throw new Error(`${label}: ${result.reason} ${result.detail}`);
      expect(result.score, label).toBe(truth.score);
      expect(result.runKey, label).toBe(truth.runKey);
    }
    // The strings are all different: only the run is the same.
    expect(new Set(Object.values(variants)).size).toBe(Object.keys(variants).length);
  });

  it('collapses them into one row, while another name, seed or real change is another row', async () => {
    const collection = new ResultCollection();
    const { entries, summary } = await collection.add(Object.values(variants).join('\n'), verifySync, {
      scan: instant,
    });
    expect(collection.results).toHaveLength(1);
    expect(entries.map((e) => e.ok && e.duplicate)).toEqual([
      false,
      ...Object.keys(variants)
        .slice(1)
        .map(() => true),
    ]);
    expect(summary).toMatchObject({ verified: 1, duplicates: Object.keys(variants).length - 1, rejected: 0 });

    const other = simulate({ scenario: scenarios['first-way'], seed: 4712, policy: { batchSize: 2 } }).run
      .log;
    const changed = withCommands([...genuineLog.commands, [endTick - 1, { type: 'setBatchSize', size: 3 }]]);
    const more = await collection.add(
      [code(genuineLog, 'Bob'), code(other), code(changed)].join('\n'),
      verifySync,
      {
        scan: instant,
      },
    );
    expect(more.entries.map((e) => e.ok && e.duplicate)).toEqual([false, false, false]);
    expect(collection.results).toHaveLength(4);
  });

  it('replays exactly as the engine does, and drops only commands that changed nothing', () => {
    const logs = [
      genuineLog,
      simulate({ scenario: scenarios['second-way'], seed: 3, policy: { batchSize: 1, stopTheLine: true } })
        .run.log,
      simulate({
        scenario: scenarios['third-way'],
        seed: 5,
        policy: { improvementShare: 0.2, wipLimits: { dev: 2, test: 2, ops: 2 } },
      }).run.log,
    ];
    for (const log of logs) {
      const scenario = getScenario(log.scenarioId)!;
      const mine = replayNormalised(log, scenario);
      const engine = replayLog(log, getScenario);
      if (!mine.ok || !engine.ok) throw new Error('expected both to replay');
      expect(JSON.stringify(mine.run.events)).toBe(JSON.stringify(engine.run.events));
      // Replaying the normalised log gives the very same run.
      const again = replayLog({ ...log, commands: mine.commands }, getScenario);
      expect(again.ok && JSON.stringify(again.run.events)).toBe(JSON.stringify(engine.run.events));
    }
    const padded = replayNormalised(
      withCommands([[0, { type: 'setBatchSize', size: 2 }], ...genuineLog.commands]),
      scenarios['first-way'],
    );
    const plain = replayNormalised(genuineLog, scenarios['first-way']);
    expect(padded.ok && plain.ok && padded.commands).toEqual(plain.ok && plain.commands);
    // Refusals are the engine's: an impossible move is still refused.
    expect(
      replayNormalised(withCommands([[0, { type: 'pull', itemId: 99_999 }]]), scenarios['first-way']),
    ).toMatchObject({ ok: false, reason: 'command-rejected' });
  });
});

describe('a paste that cannot stall the page', () => {
  const junk = (lines: number) =>
    Array.from({ length: lines }, (_, i) => `junk line ${i}, not a code at all — ${'x'.repeat(i % 40)}`).join(
      '\n',
    );

  it('reads 50,000 junk lines in slices and summarises them instead of listing each', async () => {
    const players = [code(genuineLog), code(genuineLog, 'Bob')];
    const text = `${players[0]}\n${junk(25_000)}\r\n${players[1]}\r${junk(25_000)}\n\n`;
    let yields = 0;
    let longest = 0;
    let sliceStart = performance.now();
    const scan = await scanCodes(text, {
      sliceMs: 8,
      yieldToBrowser: async () => {
        yields++;
        longest = Math.max(longest, performance.now() - sliceStart);
        await Promise.resolve();
        sliceStart = performance.now();
      },
    });
    expect(scan.codes).toEqual(players);
    expect(scan.otherLines).toBe(50_000);
    expect(scan.examples).toHaveLength(5);
    expect(scan.examples[0]).toBe('junk line 0, not a code at all —');
    expect(yields).toBeGreaterThan(1);
    // Each slice stays far under a frame's budget of 100 ms (8 ms asked; generous for a busy machine).
    expect(longest).toBeLessThan(60);

    const collection = new ResultCollection();
    const { entries, summary } = await collection.add(text, verifySync, { scan: instant });
    expect(entries).toHaveLength(2); // one entry per code, none per junk line
    expect(summary).toMatchObject({ verified: 2, notCodeLines: 50_000, rejected: 0 });
    expect(summary.examples.length).toBeLessThanOrEqual(CLASS_LIMITS.examples);
    expect(collection.rejected).toHaveLength(0);
    expect(collection.notCodes.lines).toBe(50_000);
  });

  it('slices by a clock: a fake clock that jumps 10 ms a line yields after every line', async () => {
    let time = 0;
    let yields = 0;
    const scan = await scanCodes('a\nb\nc\nd', {
      sliceMs: 5,
      now: () => {
        time += 10;
        return time;
      },
      yieldToBrowser: async () => {
        yields++;
      },
    });
    expect(scan.otherLines).toBe(4);
    expect(yields).toBe(3);
  });

  it('lists at most a bounded number of rejected codes, and counts the rest', async () => {
    const collection = new ResultCollection({ ...CLASS_LIMITS, rejectedListed: 10 });
    const bad = Array.from({ length: 300 }, (_, i) => `PHX1.broken${i}`).join('\n');
    const { summary } = await collection.add(bad, verifySync, { scan: instant });
    expect(summary.rejected).toBe(300);
    expect(collection.rejected).toHaveLength(10);
    expect(collection.rejectedCount).toBe(300);
  });

  it('keeps at most the stated number of results, and says how many were left out', async () => {
    const collection = new ResultCollection({ ...CLASS_LIMITS, results: 2, codesPerAdd: 3 });
    const players = ['A', 'B', 'C', 'D', 'E'].map((name) => code(genuineLog, name));
    const first = await collection.add(players.slice(0, 4).join('\n'), verifySync, { scan: instant });
    // Three verified from this paste (the per-paste limit), two kept (the class limit).
    expect(first.summary).toMatchObject({ verified: 2, classFull: 1, skipped: 1 });
    expect(collection.results.map((r) => r.name)).toEqual(['A', 'B']);
    expect(first.entries.map((e) => (e.ok ? 'ok' : e.reason))).toEqual(['ok', 'ok', 'class-full']);
    expect(reasonKey({ reason: 'class-full', detail: '2' })).toBe('resultCode.reason.classFull');
    // A run already in the class is still recognised when the class is full.
    const again = await collection.add(`PHX01.${players[0]!.slice(5)}`, verifySync, { scan: instant });
    expect(again.entries).toEqual([expect.objectContaining({ ok: true, duplicate: true, name: 'A' })]);
  });
});

describe('the stored class', () => {
  it('keeps the stated number of results and says how many were stored', () => {
    const storage = memoryStorage();
    const codes = Array.from({ length: 2115 }, (_, i) => `PHX1.code${i}`);
    storage.setItem('phoenix-ops:facilitator-class', JSON.stringify({ version: 1, codes }));
    const loaded = loadClassCodes(storage);
    expect(loaded.codes).toHaveLength(CLASS_LIMITS.results);
    expect(loaded.stored).toBe(2115);
    expect(saveClassCodes(storage, codes.slice(0, 3))).toBe(true);
    expect(loadClassCodes(storage)).toEqual({ codes: codes.slice(0, 3), stored: 3 });
    storage.setItem('phoenix-ops:facilitator-class', '{"version":1,"codes":"nope"}');
    expect(loadClassCodes(storage)).toEqual({ codes: [], stored: 0 });
  });

  it("remembers the class link's act, seed and class name", () => {
    const storage = memoryStorage();
    expect(loadShareSettings(storage)).toBeNull();
    saveShareSettings(storage, { act: 'second-way', seed: 4711, className: 'PM onboarding' });
    expect(loadShareSettings(storage)).toEqual({ act: 'second-way', seed: 4711, className: 'PM onboarding' });
    storage.setItem('phoenix-ops:facilitator-share', '{"act":"x","seed":-1,"className":""}');
    expect(loadShareSettings(storage)).toBeNull();
  });
});

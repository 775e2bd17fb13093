import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  advance,
  type Command,
  computeMetrics,
  createRun,
  dispatch,
  ENGINE_VERSION,
  INVESTMENTS,
  isFinished,
  type RunLog,
  replayLog,
  simulate,
} from '../../../src/engine';
import { verifyCode } from '../../../src/facilitator/verify';
import {
  CODE_LIMITS,
  CODE_PREFIX,
  cleanName,
  commandFields,
  decodeResultCode,
  encodeResultCode,
  findCodes,
  fromBase64Url,
  resultLink,
  scenarioLink,
  toBase64Url,
} from '../../../src/platform/result-code';
import { getScenario, scenarios } from '../../../src/scenarios';
import { scoreAct } from '../../../src/scoring';
import { frameDeflated } from './code-frame';

// ---------------------------------------------------------------------------------------------------
// Helpers

const itemId = fc.integer({ min: 0, max: 500 });
const commandArb: fc.Arbitrary<Command> = fc.oneof(
  fc.record({
    type: fc.constant('setWipLimit' as const),
    stage: fc.constantFrom('dev' as const, 'test' as const, 'ops' as const),
    limit: fc.option(fc.integer({ min: -1, max: 20 }), { nil: null }),
  }),
  fc.record({ type: fc.constant('setBatchSize' as const), size: fc.integer({ min: -5, max: 40 }) }),
  fc.record({
    type: fc.constant('setReleaseCadence' as const),
    hours: fc.option(fc.integer({ min: 0, max: 200 }), { nil: null }),
  }),
  fc.record({ type: fc.constant('pull' as const), itemId }),
  fc.record({ type: fc.constant('assign' as const), itemId, staffId: fc.integer({ min: 0, max: 9 }) }),
  fc.constant({ type: 'deploy' as const }),
  fc.record({
    type: fc.constant('triage' as const),
    itemId,
    decision: fc.constantFrom('accept' as const, 'defer' as const, 'reject' as const),
  }),
  fc.record({ type: fc.constant('projectFreeze' as const), on: fc.boolean() }),
  fc.record({ type: fc.constant('protectConstraint' as const), on: fc.boolean() }),
  fc.record({ type: fc.constant('stopTheLine' as const), on: fc.boolean() }),
  fc.record({ type: fc.constant('invest' as const), investment: fc.constantFrom(...INVESTMENTS) }),
  fc.record({
    type: fc.constant('setImprovementShare' as const),
    share: fc.double({ min: 0, max: 0.6, noNaN: true }),
  }),
  fc.record({
    type: fc.constant('setChangeApproval' as const),
    mode: fc.constantFrom('cab' as const, 'peer-review' as const),
  }),
  fc.record({
    type: fc.constant('chooseStoryOption' as const),
    beatId: fc.string({ maxLength: 30 }),
    optionId: fc.string({ maxLength: 30 }),
  }),
);

const logArb: fc.Arbitrary<RunLog> = fc
  .record({
    scenarioId: fc.constantFrom(
      'first-way' as const,
      'second-way' as const,
      'third-way' as const,
      'finale' as const,
    ),
    seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    // A code only carries the act's own length (null, or the scenario's days) and demand 1.
    ownDays: fc.boolean(),
    steps: fc.array(fc.tuple(fc.integer({ min: 0, max: 12 }), commandArb), { maxLength: 300 }),
  })
  .map(({ steps, ownDays, ...rest }) => {
    let tick = 0;
    const commands = steps.map(([delta, command]): [number, Command] => {
      tick += delta;
      return [tick, command];
    });
    const days = ownDays ? scenarios[rest.scenarioId].days : null;
    return { engineVersion: ENGINE_VERSION, ...rest, days, demand: 1, commands };
  });

/** A code's framing around any payload (lets the tests forge what the game would never write). */
function frame(payload: unknown): string {
  return frameDeflated(deflateSync(new TextEncoder().encode(JSON.stringify(payload))));
}

/** A played act: a seeded stream of plausible player commands; only accepted ones are logged. */
function playedLog(seed: number): RunLog {
  const run = createRun({ scenario: scenarios['first-way'], seed });
  let state = seed;
  const random = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  while (!isFinished(run.state)) {
    const places = run.state.places;
    if (places.triage.length > 0 && random() < 0.6) {
      dispatch(run, {
        type: 'triage',
        itemId: places.triage[0]!,
        decision: random() < 0.8 ? 'accept' : 'defer',
      });
    }
    if (places.backlog.length > 0 && random() < 0.4)
      dispatch(run, { type: 'pull', itemId: places.backlog[0]! });
    if (random() < 0.05) dispatch(run, { type: 'setBatchSize', size: 1 + Math.floor(random() * 6) });
    if (random() < 0.04) dispatch(run, { type: 'deploy' });
    if (random() < 0.03)
      dispatch(run, { type: 'setWipLimit', stage: 'dev', limit: 1 + Math.floor(random() * 4) });
    if (random() < 0.02) dispatch(run, { type: 'protectConstraint', on: random() < 0.7 });
    advance(run);
  }
  return run.log;
}

// ---------------------------------------------------------------------------------------------------

describe('result codes', () => {
  it('round-trip any run log, name and class (fast-check)', () => {
    fc.assert(
      fc.property(
        logArb,
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        fc.string({ maxLength: 60 }),
        (log, name, className) => {
          const code = encodeResultCode({ log, name, className });
          expect(code.startsWith(CODE_PREFIX)).toBe(true);
          expect(code).toMatch(/^PHX1\.[A-Za-z0-9_-]+$/);
          const decoded = decodeResultCode(code);
          if (!decoded.ok) throw new Error(`${decoded.reason} ${decoded.detail}`);
          expect(decoded.content.log).toEqual(log);
          expect(decoded.content.name).toBe(cleanName(name, CODE_LIMITS.name));
          expect(decoded.content.className).toBe(cleanName(className, CODE_LIMITS.className));
          // Deterministic: the same content always gives the same code (so duplicates can be merged).
          expect(encodeResultCode(decoded.content)).toBe(code);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('base64url round-trips any bytes and refuses foreign characters', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
      }),
    );
    expect(fromBase64Url('ab+c')).toBeNull();
    expect(fromBase64Url('ab=c')).toBeNull();
    expect(fromBase64Url('abcde')).toBeNull();
  });

  it('keeps a full played act short enough to copy and to fit a QR code', () => {
    const log = playedLog(11);
    expect(log.commands.length).toBeGreaterThan(40);
    const code = encodeResultCode({ log, name: 'Ada', className: 'PM onboarding' });
    expect(code.length).toBeLessThan(2000);
  });

  it('pins the command field order: changing it changes the code format', () => {
    expect(Object.fromEntries(commandFields())).toEqual({
      setWipLimit: ['stage', 'limit'],
      setBatchSize: ['size'],
      setReleaseCadence: ['hours'],
      pull: ['itemId'],
      assign: ['itemId', 'staffId'],
      deploy: [],
      triage: ['itemId', 'decision'],
      holdTriage: ['on'],
      projectFreeze: ['on'],
      protectConstraint: ['on'],
      stopTheLine: ['on'],
      invest: ['investment'],
      setImprovementShare: ['share'],
      setChangeApproval: ['mode'],
      chooseStoryOption: ['beatId', 'optionId'],
      respondToIncident: ['itemId', 'response'],
    });
  });

  it('never accepts a single-character tamper with a false score', () => {
    const log = playedLog(5);
    const code = encodeResultCode({ log, name: 'Grace', className: 'Class A' });
    const truth = verifyCode(code);
    if (!truth.ok) throw new Error(truth.reason);
    const replayed = replayLog(log, getScenario);
    if (!replayed.ok) throw new Error(replayed.reason);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.+/= ';
    const reasons = new Map<string, number>();
    let accepted = 0;
    let tampers = 0;
    const check = (tampered: string) => {
      if (tampered === code) return;
      tampers++;
      const result = verifyCode(tampered);
      if (result.ok) {
        accepted++;
        // Should one ever pass, it must be the very same run.
        expect(result.score).toBe(truth.score);
        expect(result.name).toBe(truth.name);
        expect(result.seed).toBe(truth.seed);
      } else {
        reasons.set(result.reason, (reasons.get(result.reason) ?? 0) + 1);
      }
    };
    for (let i = 0; i < code.length; i++) {
      for (const ch of alphabet) check(code.slice(0, i) + ch + code.slice(i + 1));
      check(code.slice(0, i) + code.slice(i + 1)); // a character dropped
    }
    expect(tampers).toBeGreaterThan(code.length * 60);
    expect(accepted).toBe(0);
    expect([...reasons.keys()].sort()).toEqual(expect.arrayContaining(['damaged', 'truncated']));
  });

  it('scores a forged log by what it replays to, never by what it claims', () => {
    const { run } = simulate({ scenario: scenarios['first-way'], seed: 9, policy: { batchSize: 1 } });
    // A "better" forged log: other commands, correctly checksummed. The page scores the forged run itself.
    const forgedLog: RunLog = { ...run.log, commands: [[0, { type: 'setBatchSize', size: 20 }]] };
    const forged = verifyCode(encodeResultCode({ log: forgedLog, name: 'Mallory', className: '' }));
    const replayed = replayLog(forgedLog, getScenario);
    if (!forged.ok || !replayed.ok) throw new Error('expected both to replay');
    expect(forged.score).toBe(scoreAct(scenarios['first-way'], computeMetrics(replayed.run.events)).total);
    // An impossible move is refused, not skipped.
    const impossible: RunLog = { ...run.log, commands: [[0, { type: 'pull', itemId: 99999 }]] };
    expect(verifyCode(encodeResultCode({ log: impossible, name: 'M', className: '' }))).toMatchObject({
      ok: false,
      reason: 'does-not-replay',
    });
  });

  it('gives a clear reason for every kind of bad input', () => {
    const { run } = simulate({ scenario: scenarios['first-way'], seed: 3, policy: {} });
    const code = encodeResultCode({ log: run.log, name: 'Ada', className: '' });
    const reason = (text: string) => {
      const result = decodeResultCode(text);
      return result.ok ? 'ok' : result.reason;
    };
    expect(reason(code)).toBe('ok');
    expect(reason(`  ${code}\n`)).toBe('ok');
    expect(reason('hello')).toBe('not-a-code');
    expect(reason('')).toBe('not-a-code');
    expect(reason(`PHX2.${code.slice(5)}`)).toBe('unknown-format');
    expect(reason(code.slice(0, -4))).toBe('truncated');
    expect(reason(code.slice(0, 8))).toBe('truncated');
    expect(reason(`${code}AAAA`)).toBe('damaged');
    expect(reason(`${code.slice(0, 20)}*${code.slice(21)}`)).toBe('damaged');
    expect(reason(CODE_PREFIX + 'A'.repeat(CODE_LIMITS.codeLength))).toBe('too-large');

    const payload = (overrides: Partial<Record<number, unknown>>) => {
      const base: unknown[] = [1, ENGINE_VERSION, 'first-way', 3, null, 1, 'Ada', '', []];
      for (const [index, value] of Object.entries(overrides)) base[Number(index)] = value;
      return frame(base);
    };
    expect(reason(payload({}))).toBe('ok');
    expect(reason(payload({ 1: 'phoenix-sim-0.9.0' }))).toBe('engine-version');
    expect(verifyCode(payload({ 1: 'phoenix-sim-0.9.0' }))).toMatchObject({
      reason: 'engine-version',
      detail: 'phoenix-sim-0.9.0',
    });
    expect(reason(payload({ 2: 'fifth-way' }))).toBe('invalid');
    expect(reason(payload({ 3: 1.5 }))).toBe('invalid');
    expect(reason(payload({ 6: 'x'.repeat(CODE_LIMITS.name + 1) }))).toBe('too-large');
    expect(reason(payload({ 7: 'x'.repeat(CODE_LIMITS.className + 1) }))).toBe('too-large');
    expect(
      reason(payload({ 8: Array.from({ length: CODE_LIMITS.commands + 1 }, () => [0, 'deploy']) })),
    ).toBe('too-large');
    expect(reason(payload({ 8: [[0, 'teleport', 1]] }))).toBe('invalid');
    expect(reason(payload({ 8: [[0, 'pull', 'seven']] }))).toBe('invalid');
    expect(reason(frame({ not: 'a tuple' }))).toBe('invalid');
    // A compression bomb: a small code that inflates past the payload cap.
    expect(reason(frame([1, ENGINE_VERSION, 'first-way', 3, null, 1, 'Ada', ' '.repeat(400_000), []]))).toBe(
      'too-large',
    );
  });

  it('keeps names with HTML, emoji and right-to-left text literally, within the limit', () => {
    const { run } = simulate({ scenario: scenarios['first-way'], seed: 1, policy: {} });
    for (const name of [
      '<img src=x onerror=1>',
      '<script>x</script>',
      '👩🏽‍💻 Zoë & "Bo"',
      'מרים',
      'مريم أحمد',
      "O'Brien; =1+1",
    ]) {
      const decoded = decodeResultCode(encodeResultCode({ log: run.log, name, className: '<b>class</b>' }));
      expect(decoded.ok && decoded.content.name).toBe(name);
      expect(decoded.ok && decoded.content.className).toBe('<b>class</b>');
    }
  });

  it('cleans names: no control or bidi-override characters, single spaces, at most 24 code points', () => {
    expect(cleanName('  Ada \n\t Lovelace  ')).toBe('Ada Lovelace');
    expect(cleanName('evil\u202Egnp.exe')).toBe('evil gnp.exe');
    expect(cleanName('a\u0000b\u200Bc')).toBe('a b c');
    expect(cleanName('👩‍💻')).toBe('👩‍💻'); // the zero-width joiner stays
    expect(Array.from(cleanName('x'.repeat(100)))).toHaveLength(24);
    expect(cleanName('😀'.repeat(30))).toBe('😀'.repeat(24)); // never half a surrogate pair
    expect(cleanName('e\u0301')).toBe('é'); // NFC
  });

  it('finds codes in pasted text and links, and reports the other lines', () => {
    const a = encodeResultCode({
      log: simulate({ scenario: scenarios['first-way'], seed: 1, policy: {} }).run.log,
      name: 'A',
      className: '',
    });
    const b = encodeResultCode({
      log: simulate({ scenario: scenarios['first-way'], seed: 2, policy: {} }).run.log,
      name: 'B',
      className: '',
    });
    const link = resultLink('https://example.org/phoenix/index.html?scenario=first-way', a);
    expect(link).toBe(`https://example.org/phoenix/facilitator.html#r=${a}`);
    const found = findCodes(`${a}\r\n\n  ${link}  \nname,code\nBob,${b}, ${a}\nthanks!`);
    expect(found).toEqual([
      { kind: 'code', code: a },
      { kind: 'code', code: a },
      { kind: 'other', text: 'name,code' },
      { kind: 'code', code: b },
      { kind: 'code', code: a },
      { kind: 'other', text: 'thanks!' },
    ]);
  });

  it('makes class links relative to the page, with the class name cleaned', () => {
    expect(
      scenarioLink('https://example.org/phoenix/facilitator.html#x', 'second-way', 4711, ' Group <A>\u202E '),
    ).toBe('https://example.org/phoenix/?scenario=second-way&seed=4711&class=Group+%3CA%3E');
    expect(scenarioLink('http://127.0.0.1:4173/facilitator.html', 'first-way', 1, '')).toBe(
      'http://127.0.0.1:4173/?scenario=first-way&seed=1',
    );
  });
});

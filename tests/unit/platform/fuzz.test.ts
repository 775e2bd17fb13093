// Fuzz tests over everything the game reads from outside: the page's URL, what the browser stored
// (saves, last runs, settings, progress) and result codes. Every input gets a result or a clear
// reason — never an exception.
import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION, simulate } from '../../../src/engine';
import { ActSession } from '../../../src/game/act/act-session';
import { readActSave, saveAct, setAsideReasonOf } from '../../../src/platform/act-save';
import { readLastRun, saveLastRun } from '../../../src/platform/last-run';
import { ACT_IDS, parseProgress } from '../../../src/platform/progress';
import { CODE_PREFIX, decodeResultCode, encodeResultCode } from '../../../src/platform/result-code';
import { defaultSettings, parseSettings } from '../../../src/platform/settings';
import { memoryStorage, readSetAside, setAside } from '../../../src/platform/storage';
import { parseLaunchOptions } from '../../../src/platform/url-params';
import { getScenario } from '../../../src/scenarios';
import { frameDeflated } from './code-frame';

const RUNS = { numRuns: 300 };
const MAX_SEED = 2 ** 31 - 1;

/** Text as hostile as a pasted link or an edited save can be: any code points, lone surrogates too. */
const anyText = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

describe('URL parameters (fuzz)', () => {
  const value = fc.oneof(
    anyText,
    fc.integer().map(String),
    fc.double().map(String),
    fc.constantFrom('', ' ', '-1', '4711abc', '2147483647', '2147483648', '1e3', '0x10', '٣', '%', '%zz'),
  );
  const key = fc.constantFrom('scenario', 'seed', 'class', 'renderer', 'e2e', 'SEED', 'seed[]', '');
  const search = fc.oneof(
    anyText,
    fc.webQueryParameters(),
    fc
      .array(fc.tuple(key, value, fc.boolean()), { maxLength: 6 })
      .map(
        (pairs) =>
          `?${pairs.map(([k, v, encode]) => `${k}=${encode ? encodeURIComponent(v) : v}`).join('&')}`,
      ),
    fc
      .record({ scenario: fc.oneof(fc.constantFrom(...ACT_IDS), anyText), seed: value, className: anyText })
      .map(({ scenario, seed, className }) => {
        const params = new URLSearchParams({ scenario, seed, class: className });
        return `?${params.toString()}`;
      }),
  );

  it('parses every query string into options, a used seed or a stated problem', () => {
    fc.assert(
      fc.property(search, (query) => {
        const options = parseLaunchOptions(query);
        expect(typeof options.e2e).toBe('boolean');
        expect(['auto', 'canvas', 'webgl']).toContain(options.renderer);
        expect(options.scenario === null || (ACT_IDS as readonly string[]).includes(options.scenario)).toBe(
          true,
        );
        if (options.seed !== null) {
          expect(Number.isInteger(options.seed)).toBe(true);
          expect(options.seed).toBeGreaterThanOrEqual(0);
          expect(options.seed).toBeLessThanOrEqual(MAX_SEED);
          expect(options.seedProblem).toBeNull();
        }
        // A seed the link had but the game can't use is reported, never replaced by a random one.
        const hadSeed = new URLSearchParams(query).has('seed');
        if (hadSeed) expect(options.seed !== null || options.seedProblem !== null).toBe(true);
        else expect(options.seedProblem).toBeNull();
        if (options.className !== null) expect(options.className.length).toBeLessThanOrEqual(40);
      }),
      RUNS,
    );
  });
});

describe('saves and last runs (fuzz)', () => {
  const log = simulate({ scenario: getScenario('first-way')!, seed: 5, policy: { batchSize: 2 } }).run.log;
  const tickOf = (ticks: number) => Math.min(ticks, log.commands.at(-1)?.[0] ?? 0);
  const commandAt = fc.tuple(
    fc.integer({ min: 0, max: 200 }),
    fc.oneof(fc.anything(), fc.record({ type: anyText })),
  );

  /** A save with any of its fields replaced by anything: the shapes an old or edited save may have. */
  const mutatedSave = fc
    .record(
      {
        version: fc.oneof(fc.constant(1), fc.anything()),
        tick: fc.oneof(fc.nat({ max: 160 }), fc.anything()),
        engineVersion: fc.oneof(fc.constant(ENGINE_VERSION), anyText, fc.anything()),
        scenarioId: fc.oneof(fc.constantFrom(...ACT_IDS), fc.anything()),
        seed: fc.oneof(fc.integer(), fc.anything()),
        days: fc.oneof(fc.constant(log.days), fc.anything()),
        demand: fc.oneof(fc.constant(log.demand), fc.double(), fc.anything()),
        commands: fc.oneof(
          fc.constant(log.commands),
          fc.array(commandAt, { maxLength: 8 }),
          fc.constant(log.commands.slice(0, 5)),
          fc.anything(),
        ),
      },
      { requiredKeys: [] },
    )
    .map(({ version, tick, ...fields }) => ({
      version,
      tick: typeof tick === 'number' ? tickOf(tick) : tick,
      log: { ...log, ...fields },
    }));
  const stored = fc.oneof(
    anyText,
    fc.json(),
    fc.anything().map((value) => JSON.stringify(value) ?? 'undefined'),
    mutatedSave.map((value) => JSON.stringify(value)),
    // A real save cut off anywhere (a storage quota, a crash mid-write).
    fc.nat().map((cut) => {
      const text = JSON.stringify({ version: 1, tick: 40, log });
      return text.slice(0, cut % text.length);
    }),
  );

  it('reads every stored save as none, resumable, damaged or from another version — and never throws on resume', () => {
    fc.assert(
      fc.property(stored, (raw) => {
        const storage = memoryStorage();
        storage.setItem('phoenix-ops:act:first-way', raw);
        const read = readActSave(storage, 'first-way');
        expect(['ok', 'damaged', 'other-version']).toContain(read.status);
        if (read.status === 'ok') {
          // Resuming gives an act or null (then it is set aside as "replay"): no exception.
          const session = ActSession.resume(read.saved.log, read.saved.tick);
          expect(session === null || session.tick === read.saved.tick).toBe(true);
        } else {
          // Whatever can't be resumed can be set aside whole, with its reason.
          const reason = setAsideReasonOf(read);
          expect(reason).not.toBeNull();
          expect(setAside(storage, 'phoenix-ops:act:first-way', reason!)).toBe(true);
          expect(readSetAside(storage, 'phoenix-ops:act:first-way')).toMatchObject({ reason, raw });
          expect(readActSave(storage, 'first-way')).toEqual({ status: 'none' });
        }
      }),
      { numRuns: 200 },
    );
  });

  it('reads every stored last run as none, ok, damaged or from another version', () => {
    const lastRun = fc.oneof(
      stored,
      mutatedSave.map(({ version, log: value }) => JSON.stringify({ version, finishedAt: 1, log: value })),
    );
    fc.assert(
      fc.property(lastRun, (raw) => {
        const storage = memoryStorage();
        storage.setItem('phoenix-ops:last-run:first-way', raw);
        const read = readLastRun(storage, 'first-way');
        expect(['ok', 'damaged', 'other-version']).toContain(read.status);
        // Saving over it keeps what could not be read.
        expect(saveLastRun(storage, 'first-way', { log, finishedAt: 2 })).toBe(true);
        if (read.status !== 'ok') {
          expect(readSetAside(storage, 'phoenix-ops:last-run:first-way')?.raw).toBe(raw);
        }
      }),
      RUNS,
    );
  });

  it('reads any stored settings and progress as valid values', () => {
    const defaults = defaultSettings({ language: 'en', prefersReducedMotion: false });
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (settings, acts) => {
        const parsed = parseSettings({ version: 1, settings }, defaults);
        expect(parsed.volume).toBeGreaterThanOrEqual(0);
        expect(parsed.volume).toBeLessThanOrEqual(1);
        parseSettings(settings, defaults);
        const progress = parseProgress({ version: 1, acts });
        for (const record of Object.values(progress)) expect(record.bestStars).toBeLessThanOrEqual(3);
        parseProgress(acts);
      }),
      RUNS,
    );
  });

  it('a save written by this build reads back and resumes', () => {
    fc.assert(
      fc.property(fc.nat({ max: 150 }), (ticks) => {
        const storage = memoryStorage();
        const tick = tickOf(ticks);
        saveAct(storage, 'first-way', { log, tick });
        const read = readActSave(storage, 'first-way');
        expect(read.status).toBe('ok');
        if (read.status === 'ok') expect(ActSession.resume(read.saved.log, read.saved.tick)?.tick).toBe(tick);
      }),
      { numRuns: 20 },
    );
  });
});

describe('result codes (fuzz)', () => {
  const expectResult = (input: string) => {
    const result = decodeResultCode(input);
    if (result.ok) {
      expect(typeof result.content.name).toBe('string');
      expect(result.content.log.engineVersion).toBe(ENGINE_VERSION);
    } else {
      expect(typeof result.reason).toBe('string');
      expect(result.reason.length).toBeGreaterThan(0);
      expect(typeof result.detail).toBe('string');
    }
    return result;
  };

  /** Bytes framed exactly as a code is (format, length, deflated payload, checksum) around any payload. */
  const frame = (payload: Uint8Array): string => frameDeflated(deflateSync(payload));

  const log = simulate({ scenario: getScenario('first-way')!, seed: 11, policy: { batchSize: 2 } }).run.log;
  const genuine = encodeResultCode({ log, name: 'Ana', className: '7b' });

  it('decodes a genuine code', () => {
    expect(expectResult(genuine).ok).toBe(true);
  });

  it('answers any text with a result or a reason', () => {
    const base64url = fc.string({
      unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'),
      maxLength: 200,
    });
    const input = fc.oneof(
      anyText,
      base64url.map((body) => `${CODE_PREFIX}${body}`),
      fc.tuple(fc.integer({ min: 0, max: 999 }), base64url).map(([format, body]) => `PHX${format}.${body}`),
    );
    fc.assert(
      fc.property(input, (text) => void expectResult(text)),
      RUNS,
    );
  });

  it('answers a genuine code cut, extended or with characters changed', () => {
    const mutation = fc.oneof(
      fc.nat().map((cut) => genuine.slice(0, cut % (genuine.length + 1))),
      fc.string({ maxLength: 10 }).map((tail) => genuine + tail),
      fc
        .array(fc.tuple(fc.nat(), fc.constantFrom(...'Aa0-_+/=. é')), { minLength: 1, maxLength: 4 })
        .map((changes) => {
          const chars = [...genuine];
          for (const [at, char] of changes)
            chars[CODE_PREFIX.length + (at % (chars.length - CODE_PREFIX.length))] = char;
          return chars.join('');
        }),
    );
    fc.assert(
      fc.property(mutation, (text) => void expectResult(text)),
      RUNS,
    );
  });

  it('answers a well-framed code around any payload (valid checksum, anything inside)', () => {
    const field = fc.anything({ maxDepth: 2 });
    const payload = fc.oneof(
      fc.anything().map((value) => JSON.stringify(value) ?? ''),
      anyText,
      fc
        .tuple(
          fc.oneof(fc.constant(1), field),
          fc.oneof(fc.constant(ENGINE_VERSION), field),
          fc.oneof(fc.constantFrom(...ACT_IDS), field),
          fc.oneof(fc.integer(), fc.double(), field),
          fc.oneof(fc.constant(log.days), fc.integer({ min: -5, max: 2000 }), field),
          fc.oneof(fc.constant(log.demand), fc.double(), field),
          fc.oneof(anyText, field),
          fc.oneof(anyText, field),
          fc.oneof(
            fc.array(
              fc.array(fc.oneof(fc.integer({ min: -3, max: 300 }), anyText, field), { maxLength: 6 }),
              {
                maxLength: 20,
              },
            ),
            field,
          ),
        )
        .map((values) => JSON.stringify(values)),
    );
    fc.assert(
      fc.property(payload, (json) => void expectResult(frame(new TextEncoder().encode(json)))),
      RUNS,
    );
  });
});

// A result code carries only what the act allows: its own length and demand, and a seed a class link
// could give. Anything else is refused as "not a standard act" before any replay (issue 14: a code with
// 1000 days stalled the page for 12 s; demand 0.55 or 10 changed the score).
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION, simulate } from '../../../src/engine';
import { reasonKey } from '../../../src/facilitator/reasons';
import { verifyCode } from '../../../src/facilitator/verify';
import { SUPPORTED_LANGUAGES } from '../../../src/i18n';
import { LOCALE_RESOURCES } from '../../../src/i18n/all-locales';
import { decodeResultCode, encodeResultCode, nonStandardField } from '../../../src/platform/result-code';
import { scenarios } from '../../../src/scenarios';
import { frameDeflated } from './code-frame';

function frame(payload: unknown): string {
  return frameDeflated(deflateSync(new TextEncoder().encode(JSON.stringify(payload))));
}

const payload = (overrides: Record<number, unknown>) => {
  const base: unknown[] = [1, ENGINE_VERSION, 'finale', 254, null, 1, 'Eve', '', []];
  for (const [index, value] of Object.entries(overrides)) base[Number(index)] = value;
  return frame(base);
};

const outcome = (code: string) => {
  const result = decodeResultCode(code);
  return result.ok ? 'ok' : `${result.reason}:${result.detail}`;
};

describe('a result code is a standard act', () => {
  it("accepts the act's own length (null or the scenario's days) and demand 1", () => {
    expect(outcome(payload({}))).toBe('ok');
    for (const scenario of Object.values(scenarios)) {
      expect(outcome(payload({ 2: scenario.id, 4: scenario.days }))).toBe('ok');
    }
    expect(outcome(payload({ 3: 0 }))).toBe('ok');
    expect(outcome(payload({ 3: 2 ** 31 - 1 }))).toBe('ok');
  });

  it('refuses another length, another demand or a seed no class link gives, before any replay', () => {
    expect(outcome(payload({ 4: 1000 }))).toBe('not-a-standard-act:days');
    expect(outcome(payload({ 4: 1 }))).toBe('not-a-standard-act:days');
    expect(outcome(payload({ 4: 21 }))).toBe('not-a-standard-act:days');
    expect(outcome(payload({ 5: 10 }))).toBe('not-a-standard-act:demand');
    expect(outcome(payload({ 5: 0.55 }))).toBe('not-a-standard-act:demand');
    expect(outcome(payload({ 5: 0 }))).toBe('not-a-standard-act:demand');
    expect(outcome(payload({ 3: -1 }))).toBe('not-a-standard-act:seed');
    expect(outcome(payload({ 3: 2 ** 31 }))).toBe('not-a-standard-act:seed');
    // The 85-character finale code of the issue (1000 days, demand 10) is refused at once.
    const started = performance.now();
    const verified = verifyCode(payload({ 4: 1000, 5: 10 }));
    expect(performance.now() - started).toBeLessThan(200);
    expect(verified).toMatchObject({ ok: false, reason: 'not-a-standard-act', detail: 'days' });
  });

  it('refuses a genuine run replayed with other options, so its score can never count', () => {
    const { run } = simulate({ scenario: scenarios['first-way'], seed: 7, policy: { batchSize: 2 } });
    expect(verifyCode(encodeResultCode({ log: run.log, name: 'Ada', className: '' }))).toMatchObject({
      ok: true,
      days: 20,
      demand: 1,
    });
    for (const log of [
      { ...run.log, demand: 0.55 },
      { ...run.log, days: 10 },
    ]) {
      expect(verifyCode(encodeResultCode({ log, name: 'Ada', className: '' }))).toMatchObject({
        ok: false,
        reason: 'not-a-standard-act',
      });
    }
    expect(nonStandardField(run.log)).toBeNull();
  });

  it('words the reason in every language', () => {
    const key = reasonKey({ reason: 'not-a-standard-act', detail: 'days' });
    expect(key).toBe('resultCode.reason.notAStandardAct');
    for (const language of SUPPORTED_LANGUAGES) {
      const reasons = (LOCALE_RESOURCES[language] as { resultCode: { reason: Record<string, string> } })
        .resultCode.reason;
      expect(reasons.notAStandardAct, language).toContain('{{detail}}');
      expect(reasons.classFull, language).toContain('{{detail}}');
    }
  });
});

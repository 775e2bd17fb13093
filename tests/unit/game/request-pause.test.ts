import { describe, expect, it } from 'vitest';
import { pausesOnRequest, requestArrived } from '../../../src/game/act/request-pause';

describe('pausing when a request arrives', () => {
  it('applies in the First Way by default, everywhere with "always", nowhere with "never"', () => {
    expect(pausesOnRequest('first-way', 'first-way')).toBe(true);
    expect(pausesOnRequest('first-way', 'second-way')).toBe(false);
    expect(pausesOnRequest('always', 'finale')).toBe(true);
    expect(pausesOnRequest('never', 'first-way')).toBe(false);
  });

  it('sees new requests for triage and deferred ones coming back, nothing else', () => {
    expect(
      requestArrived([{ type: 'item-created', tick: 3, itemId: 9, workType: 'feature', place: 'triage' }]),
    ).toBe(true);
    expect(
      requestArrived([{ type: 'item-moved', tick: 30, itemId: 9, from: 'deferred', to: 'triage' }]),
    ).toBe(true);
    expect(
      requestArrived([{ type: 'item-created', tick: 3, itemId: 9, workType: 'feature', place: 'backlog' }]),
    ).toBe(false);
    expect(requestArrived([{ type: 'item-moved', tick: 3, itemId: 9, from: 'dev', to: 'test' }])).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { firstDelivery } from '../../../src/game/ui/key-events';

describe('firstDelivery', () => {
  it('lets each key event through once, even when deliveries of two keys interleave', () => {
    const fresh = firstDelivery();
    const shift = { key: 'Shift' } as KeyboardEvent;
    const tab = { key: 'Tab', shiftKey: true } as KeyboardEvent;
    // Phaser processed the queue [Shift, Tab] twice in one step: Shift, Tab, Shift, Tab.
    expect([shift, tab, shift, tab].map(fresh)).toEqual([true, true, false, false]);
    expect(fresh({ key: 'Tab' } as KeyboardEvent)).toBe(true);
  });

  it('keeps separate memories per listener', () => {
    const event = { key: 'm' } as KeyboardEvent;
    expect(firstDelivery()(event)).toBe(true);
    expect(firstDelivery()(event)).toBe(true);
  });
});

import type Phaser from 'phaser';
import { describe, expect, it } from 'vitest';
import { type Focusable, FocusGroup, TAIL_ORDER } from '../../../src/game/ui/focus-group';

const stop = (name: string, seen: string[]): Focusable => ({
  enabled: true,
  setFocused: (focused) => {
    if (focused) seen.push(name);
  },
  activate: () => {},
});

describe('the Tab order’s tail', () => {
  it('keeps glossary terms after every control, even controls added after them', () => {
    const group = new FocusGroup({ input: { keyboard: null } } as unknown as Phaser.Scene);
    const seen: string[] = [];
    group.add(stop('pause', seen));
    group.add(stop('term: lead time', seen), TAIL_ORDER + 1);
    group.add(stop('deploy', seen));
    group.add(stop('term: batch size', seen), TAIL_ORDER + 2);
    group.add(stop('accept', seen));
    for (let i = 0; i < 5; i++) group.move(1);
    expect(seen).toEqual(['pause', 'deploy', 'accept', 'term: lead time', 'term: batch size']);
  });
});

import { describe, expect, it } from 'vitest';
import { wrapLabel } from '../../../src/shared/wrap-label';

describe('chart labels on several lines', () => {
  it('keeps a short label on one line', () => {
    expect(wrapLabel('Small batches', 26)).toBe('Small batches');
  });

  it('breaks a long one at spaces, each line within the width unless one word is longer', () => {
    const lines = wrapLabel('Median der Änderungs-Durchlaufzeit (Stunden)', 30);
    expect(lines).toEqual(['Median der', 'Änderungs-Durchlaufzeit', '(Stunden)']);
    expect(wrapLabel('Supercalifragilistic word', 8)).toEqual(['Supercalifragilistic', 'word']);
  });
});

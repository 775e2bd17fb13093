import { describe, expect, it } from 'vitest';
import { STATUS_LOOK, WORK_LOOK } from '../../../src/game/ui/act/work-look';
import { SUPPORTED_LANGUAGES } from '../../../src/i18n';
import { LOCALE_RESOURCES } from '../../../src/i18n/all-locales';

describe('card icons', () => {
  it('give each status its own icon, none shared with a work type', () => {
    const statusIcons = Object.values(STATUS_LOOK).map((look) => look.icon);
    const typeIcons = Object.values(WORK_LOOK).map((look) => look.icon);
    expect(new Set(statusIcons).size).toBe(statusIcons.length);
    for (const icon of statusIcons) expect(typeIcons).not.toContain(icon);
  });

  it('tell a frozen project from a change waiting for approval, and say so in words', () => {
    expect(STATUS_LOOK.frozen?.icon).toBe('snowflake');
    expect(STATUS_LOOK['awaiting-approval']?.icon).not.toBe(STATUS_LOOK.frozen?.icon);
    const labels = Object.values(STATUS_LOOK).map((look) => look.labelKey);
    expect(new Set(labels).size).toBe(labels.length);
    for (const language of SUPPORTED_LANGUAGES)
      for (const key of labels) {
        const text = key
          .split('.')
          .reduce<unknown>(
            (node, part) => (node as Record<string, unknown>)?.[part],
            LOCALE_RESOURCES[language],
          );
        expect(typeof text, `${language} ${key}`).toBe('string');
      }
  });
});

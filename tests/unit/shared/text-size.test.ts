import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings, SettingsStore, TEXT_SIZES } from '../../../src/platform/settings';
import { memoryStorage } from '../../../src/platform/storage';
import {
  applyTextSize,
  followTextSize,
  scaledPx,
  TEXT_SCALE_PROPERTY,
  TEXT_SIZE_ATTRIBUTE,
  textScale,
} from '../../../src/shared/text-size';

/** A root that records what is set on it, like an element's style and attributes. */
function fakeRoot() {
  const properties = new Map<string, string>();
  const attributes = new Map<string, string>();
  let writes = 0;
  return {
    properties,
    attributes,
    get writes() {
      return writes;
    },
    style: {
      setProperty: (name: string, value: string | null) => {
        writes++;
        properties.set(name, value ?? '');
      },
    },
    setAttribute: (name: string, value: string) => attributes.set(name, value),
  };
}

describe('text size on the DOM layers', () => {
  it('turns each size into its factor', () => {
    expect(TEXT_SIZES.map(textScale)).toEqual([1, 1.25, 1.5]);
  });

  it('writes a length that multiplies design pixels by the page’s scale, 1 where none is set', () => {
    expect(scaledPx(14)).toBe(`calc(14px * var(${TEXT_SCALE_PROPERTY}, 1))`);
    expect(scaledPx(11.5)).toBe(`calc(11.5px * var(${TEXT_SCALE_PROPERTY}, 1))`);
  });

  it('puts the scale and the percent on a root', () => {
    const root = fakeRoot();
    applyTextSize(root, 125);
    expect(root.properties.get(TEXT_SCALE_PROPERTY)).toBe('1.25');
    expect(root.attributes.get(TEXT_SIZE_ATTRIBUTE)).toBe('125');
  });

  it('follows the stored setting until closed', () => {
    const defaults: Settings = defaultSettings({ language: 'en', prefersReducedMotion: false });
    const store = new SettingsStore(memoryStorage(), defaults);
    const root = fakeRoot();
    const following = followTextSize(store, root);
    expect(root.properties.get(TEXT_SCALE_PROPERTY)).toBe('1');
    store.update({ textSize: 150 });
    expect(root.properties.get(TEXT_SCALE_PROPERTY)).toBe('1.5');
    expect(root.attributes.get(TEXT_SIZE_ATTRIBUTE)).toBe('150');
    // Other settings leave the root alone.
    const writes = root.writes;
    store.update({ volume: 0.2 });
    expect(root.writes).toBe(writes);
    following.close();
    store.update({ textSize: 100 });
    expect(root.properties.get(TEXT_SCALE_PROPERTY)).toBe('1.5');
  });
});

import { describe, expect, it } from 'vitest';
import { failedModuleUrl, RetryableImport } from '../../../src/platform/retry-import';

describe('failedModuleUrl', () => {
  it("finds the script a browser's error names", () => {
    const url = 'http://127.0.0.1:4173/assets/share-overlay-D9227ALT.js';
    expect(failedModuleUrl(new TypeError(`Failed to fetch dynamically imported module: ${url}`))).toBe(url);
    expect(failedModuleUrl(new TypeError(`error loading dynamically imported module: ${url}`))).toBe(url);
    expect(failedModuleUrl(`Failed to fetch dynamically imported module: ${url}?retry=1`)).toBe(url);
  });

  it('gives null when the error names no script', () => {
    expect(failedModuleUrl(new TypeError('Importing a module script failed.'))).toBeNull();
    expect(failedModuleUrl(new Error('Failed to fetch: https://example.org/data.json'))).toBeNull();
    expect(failedModuleUrl(undefined)).toBeNull();
  });
});

describe('RetryableImport', () => {
  it('passes on what loads, and asks again after a failure that names no script', async () => {
    let calls = 0;
    const load = new RetryableImport(async () => {
      calls++;
      if (calls === 1) throw new TypeError('Importing a module script failed.');
      return { loaded: calls };
    });
    await expect(load.run()).rejects.toThrow('Importing a module script failed.');
    await expect(load.run()).resolves.toEqual({ loaded: 2 });
    expect(calls).toBe(2);
  });
});

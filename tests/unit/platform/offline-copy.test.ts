import { describe, expect, it } from 'vitest';
import { registerOfflineCopy } from '../../../src/platform/offline-copy';

/** A service-worker container that records what it was asked to register. */
function container(register: (url: string, options?: RegistrationOptions) => Promise<unknown>) {
  const calls: [string, RegistrationOptions | undefined][] = [];
  return {
    calls,
    container: {
      register: (url: string, options?: RegistrationOptions) => {
        calls.push([url, options]);
        return register(url, options);
      },
    } as unknown as ServiceWorkerContainer,
  };
}

describe('registerOfflineCopy', () => {
  it('registers the generated worker beside the page, for the page and everything under it', async () => {
    const fake = container(async () => ({}));
    await expect(registerOfflineCopy(fake.container, true)).resolves.toBe(true);
    expect(fake.calls).toEqual([['./sw.js', { scope: './' }]]);
  });

  it('plays on without an offline copy when registering fails', async () => {
    const fake = container(async () => {
      throw new DOMException('denied', 'SecurityError');
    });
    await expect(registerOfflineCopy(fake.container, true)).resolves.toBe(false);
  });

  it('registers nothing on the dev server or in a browser without service workers', async () => {
    const fake = container(async () => ({}));
    await expect(registerOfflineCopy(fake.container, false)).resolves.toBe(false);
    await expect(registerOfflineCopy(undefined, true)).resolves.toBe(false);
    expect(fake.calls).toEqual([]);
  });
});

/**
 * Registers the service worker that vite-plugin-pwa generates (`sw.js`, beside the pages), which keeps a
 * copy of the whole game for offline play. The pages call this themselves, late (see AfterTitle), rather
 * than the plugin's register script at the page's load event: the worker's first install downloads
 * every file, which on classroom Wi-Fi would compete with the code of the act a player opens first.
 * Resolves false where there is nothing to register (no service workers, the dev server) or it failed.
 */
export async function registerOfflineCopy(
  container: ServiceWorkerContainer | undefined = typeof navigator === 'undefined'
    ? undefined
    : navigator.serviceWorker,
  production = import.meta.env.PROD,
): Promise<boolean> {
  if (!container || !production) return false;
  try {
    await container.register('./sw.js', { scope: './' });
    return true;
  } catch {
    // Blocked (private mode, a policy) or offline: the game plays on, only without an offline copy.
    return false;
  }
}

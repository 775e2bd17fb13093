// The page's live region as a screen reader hears it (shared by the mirror and dialog-focus tests).
import type { Page } from 'playwright-core';

/** Records every sentence the live region says, from the moment it exists (read back from `window.__said`). */
export async function listenToLiveRegion(page: Page): Promise<void> {
  await page.waitForSelector('[data-part="announcer"]', { state: 'attached' });
  await page.evaluate(() => {
    const region = document.querySelector('[data-part="announcer"]');
    const said: string[] = [];
    (window as unknown as { __said: string[] }).__said = said;
    new MutationObserver(() => {
      const text = region?.textContent?.trim();
      if (text) said.push(text);
    }).observe(region!, { childList: true, characterData: true, subtree: true });
  });
}

// Entry of facilitator.html: the same font, palette, languages and language setting as the game.
import '@fontsource-variable/inter/wght.css';
import './facilitator.css';
import { createTranslator } from '../i18n';
import { followLanguageSetting } from '../i18n/follow-language';
import { registerOfflineCopy } from '../platform/offline-copy';
import { browserSettings } from '../platform/settings';
import { browserStorage } from '../platform/storage';
import { followTextSize } from '../shared/text-size';
import { loadClassCodes } from './class-store';
import { followReducedMotion } from './motion';
import { FacilitatorPage, type FacilitatorTestApi } from './page';
import { Verifier } from './verifier';

declare global {
  interface Window {
    __facilitator?: FacilitatorTestApi;
  }
}

/** Codes opened as a link: `facilitator.html#r=PHX1.…` (several `r=` may be given). */
function codesInHash(hash: string): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return params.getAll('r').join('\n');
}

async function start(root: HTMLElement): Promise<void> {
  const storage = browserStorage();
  const settings = browserSettings(storage);
  const translator = await createTranslator({
    language: settings.value.language,
    reportMissing: import.meta.env.DEV,
  });
  followLanguageSetting(settings, translator);
  followReducedMotion(settings, document.documentElement);
  followTextSize(settings, document.documentElement);
  const verifier = new Verifier();
  // Start the workers now: they warm up the simulation while the facilitator collects codes.
  verifier.prepare();
  const page = new FacilitatorPage(root, translator, settings, verifier.verify, storage);
  // Storage that throws or is missing: say, once and for as long as the page is open, that the class
  // will not survive a reload (the page keeps it in memory meanwhile).
  storage.onFailure(() => {
    const warning = document.createElement('p');
    warning.className = 'storage-warning';
    warning.setAttribute('role', 'alert');
    const say = () => {
      warning.textContent = translator.t('facilitator.storageUnavailable');
    };
    say();
    translator.onLanguageChanged(say);
    root.prepend(warning);
  });
  // The class so far (kept in this browser across reloads), then any code opened as a link.
  await page.restoreClass(loadClassCodes(storage), codesInHash(window.location.hash));
  window.addEventListener('hashchange', () => {
    const codes = codesInHash(window.location.hash);
    if (codes !== '') void page.addCodes(codes);
  });
  if (new URLSearchParams(window.location.search).has('e2e')) window.__facilitator = page.testApi();
  // The offline copy (the whole game, both pages) once the class is on screen.
  void registerOfflineCopy();
}

const root = document.getElementById('facilitator');
if (root) {
  start(root).catch((error: unknown) => {
    root.textContent = 'The facilitator page could not start. Please reload the page.';
    console.error(error);
  });
}

import '@fontsource/inter/400.css';
import '@fontsource/inter/600.css';
import '@fontsource/inter/700.css';
import '@fontsource/inter/800.css';
import { startGame } from './game/main';
import { hideSplash } from './game/splash';

const parent = document.getElementById('game');
if (parent) {
  startGame(parent).catch((error: unknown) => {
    // The one failure we cannot translate: i18n itself did not start.
    hideSplash();
    parent.textContent = 'Phoenix Ops could not start. Please reload the page.';
    console.error(error);
  });
}

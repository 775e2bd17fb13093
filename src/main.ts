import '@fontsource/inter/400.css';
import '@fontsource/inter/600.css';
import '@fontsource/inter/700.css';
import '@fontsource/inter/800.css';
import { startGame } from './game/main';

const parent = document.getElementById('game');
if (parent) {
  startGame(parent).catch((error: unknown) => {
    // The one failure we cannot translate: i18n itself did not start.
    parent.textContent = 'Phoenix Ops could not start. Please reload the page.';
    console.error(error);
  });
}

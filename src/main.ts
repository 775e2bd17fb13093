// Inter as one variable font (every weight in one file: 48 kB for Latin against 97 kB for four weights),
// its Latin subset as a family of its own (see the file).
import './game/fonts.css';
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

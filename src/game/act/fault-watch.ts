import { scaledPx } from '../../shared/text-size';
import type { Disposable } from '../services';

/** What holds the act's clock from outside the game: a hidden tab, a lost rendering context. */
export interface FaultHold {
  hidden: boolean;
  contextLost: boolean;
}

/** The message over the canvas while its context is lost: a page element, as the game cannot draw. */
function showContextLost(canvas: HTMLCanvasElement | null, message: string): HTMLElement {
  const overlay = document.createElement('div');
  overlay.className = 'phoenix-context-lost';
  overlay.setAttribute('role', 'alert');
  overlay.textContent = message;
  Object.assign(overlay.style, {
    position: 'fixed',
    inset: '0',
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    padding: '0 12%',
    boxSizing: 'border-box',
    textAlign: 'center',
    background: 'rgba(10, 16, 23, 0.92)',
    color: '#e6edf3',
    font: `600 ${scaledPx(22)}/1.5 "Inter Variable", system-ui, sans-serif`,
    zIndex: '100',
  } satisfies Partial<CSSStyleDeclaration>);
  (canvas?.parentElement ?? document.body).appendChild(overlay);
  return overlay;
}

/**
 * A hidden tab holds the act's clock (the chosen speed stays; main.ts silences the music), and so
 * does a lost WebGL (or 2D canvas) context until it is restored, with a message over the canvas —
 * drawn by the page, since the game itself cannot draw without its context.
 */
export function watchFaults(
  canvas: HTMLCanvasElement | null,
  options: { contextLostMessage: () => string; onChange: (change: Partial<FaultHold>) => void },
): Disposable {
  let overlay: HTMLElement | null = null;
  const onVisibility = () => options.onChange({ hidden: document.visibilityState === 'hidden' });
  const onLost = () => {
    options.onChange({ contextLost: true });
    overlay ??= showContextLost(canvas, options.contextLostMessage());
  };
  const onRestored = () => {
    options.onChange({ contextLost: false });
    overlay?.remove();
    overlay = null;
  };
  const canvasEvents: [string, () => void][] = [
    ['webglcontextlost', onLost],
    ['webglcontextrestored', onRestored],
    ['contextlost', onLost],
    ['contextrestored', onRestored],
  ];
  document.addEventListener('visibilitychange', onVisibility);
  for (const [name, listener] of canvasEvents) canvas?.addEventListener(name, listener);
  return {
    close: () => {
      document.removeEventListener('visibilitychange', onVisibility);
      for (const [name, listener] of canvasEvents) canvas?.removeEventListener(name, listener);
      overlay?.remove();
      overlay = null;
    },
  };
}

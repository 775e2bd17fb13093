// What every debrief panel is built with: the run's data, words and numbers in the player's language, a
// listener that the layer removes on destroy, the layer's sounds and its tab panels. Plus the one table
// builder the chart cards and the what-if comparison share.
import { el } from '../../../shared/dom';
import type { DebriefData } from '../../debrief/analysis';
import type { DebriefFormat } from './format';

export type DebriefTab = 'summary' | 'charts' | 'practices' | 'whatIf';
export const DEBRIEF_TABS: readonly DebriefTab[] = ['summary', 'charts', 'practices', 'whatIf'];

export interface PanelKit {
  readonly fmt: DebriefFormat;
  readonly data: DebriefData;
  /** Adds a listener the layer removes when it is destroyed. */
  listen(target: EventTarget, type: string, handler: (event: Event) => void): void;
  sound(name: 'click' | 'confirm'): void;
  /** A tab panel, known to the layer's tab list. */
  panel(tab: DebriefTab, className: string): HTMLElement;
}

export type Cell = string | { text: string; className?: string };

/** A table with a caption, column headings and rows whose first cell heads the row. */
export function table(caption: string, head: string[], rows: Cell[][], captionClass = ''): HTMLTableElement {
  return el('table', {}, [
    el('caption', { className: captionClass }, [caption]),
    el('thead', {}, [
      el(
        'tr',
        {},
        head.map((h) => el('th', { attrs: { scope: 'col' } }, [h])),
      ),
    ]),
    el(
      'tbody',
      {},
      rows.map((row) =>
        el(
          'tr',
          {},
          row.map((cell, index) => {
            const { text, className } = typeof cell === 'string' ? { text: cell, className: '' } : cell;
            return index === 0
              ? el('th', { attrs: { scope: 'row' } }, [text])
              : el('td', { className: className ?? '' }, [text]);
          }),
        ),
      ),
    ),
  ]);
}

// The what-if tab: a picker of one-policy changes, the comparison of your run with the changed one (a
// table for screen readers, the rows from `debrief/what-if-rows`), and the CFD of both runs overlaid.
import { el } from '../../../shared/dom';
import { CFD_STAGES, cfdSeries } from '../../debrief/series';
import { WHAT_IF_CHANGES, type WhatIfChange, type WhatIfResult, whatIfMechanic } from '../../debrief/what-if';
import { type CompareRow, whatIfChangedNothing, whatIfRows } from '../../debrief/what-if-rows';
import type { ChartHost } from './chart-host';
import type { DebriefFormat } from './format';
import { type Cell, type PanelKit, table } from './panel-kit';

export const WHAT_IF_CHART = 'what-if-cfd';

export class WhatIfPanel {
  readonly element: HTMLElement;
  /** The overlay chart's body (the layer makes the chart in it). */
  readonly overlayBody: HTMLElement;
  private readonly compareCard: HTMLElement;
  private readonly pickerButtons = new Map<WhatIfChange, HTMLButtonElement>();

  constructor(
    private readonly kit: PanelKit,
    onPick: (change: WhatIfChange) => void,
  ) {
    const { fmt, data } = kit;
    this.element = kit.panel('whatIf', 'phx-whatif');
    const picker = el(
      'div',
      {
        className: 'phx-card phx-picker',
        attrs: { role: 'group', 'aria-label': fmt.t('debrief.whatIf.pick') },
      },
      [
        el('h2', {}, [fmt.t('debrief.whatIf.heading')]),
        el('p', { className: 'phx-note' }, [fmt.t('debrief.whatIf.intro')]),
      ],
    );
    for (const change of WHAT_IF_CHANGES) {
      const later = !data.scenario.mechanics.includes(whatIfMechanic(change));
      const button = el(
        'button',
        { attrs: { type: 'button', 'aria-pressed': 'false', 'data-change': change } },
        [
          el('span', {}, [
            fmt.t(`debrief.change.${change}.label`),
            later ? el('em', { className: 'phx-tag' }, [fmt.t('debrief.whatIf.laterTag')]) : null,
          ]),
          el('small', {}, [fmt.t(`debrief.change.${change}.hint`)]),
        ],
      );
      kit.listen(button, 'click', () => {
        kit.sound('click');
        onPick(change);
      });
      this.pickerButtons.set(change, button);
      picker.append(button);
    }
    this.compareCard = el(
      'div',
      { className: 'phx-card phx-compare', attrs: { 'data-part': 'what-if', 'aria-live': 'polite' } },
      [
        el('h2', {}, [fmt.t('debrief.whatIf.compareHeading')]),
        el('p', { className: 'phx-empty' }, [fmt.t('debrief.whatIf.pick')]),
      ],
    );
    this.overlayBody = el('div', { className: 'phx-chart-body', attrs: { 'data-chart': WHAT_IF_CHART } }, [
      el('canvas', {
        attrs: {
          role: 'img',
          'aria-label': `${fmt.t('debrief.whatIf.cfdTitle')}. ${fmt.t('debrief.whatIf.cfdCaption')}`,
        },
      }),
    ]);
    const overlayCard = el('div', { className: 'phx-card', attrs: { 'data-part': WHAT_IF_CHART } }, [
      el('h2', {}, [fmt.t('debrief.whatIf.cfdTitle')]),
      el('p', { className: 'phx-note' }, [fmt.t('debrief.whatIf.cfdCaption')]),
      this.overlayBody,
    ]);
    this.element.dataset.empty = 'true';
    this.element.append(picker, this.compareCard, overlayCard);
  }

  /** Marks the picked change and clears the comparison for its result. */
  press(change: WhatIfChange): void {
    for (const [name, button] of this.pickerButtons)
      button.setAttribute('aria-pressed', String(name === change));
    this.compareCard.replaceChildren(el('h2', {}, [this.kit.fmt.t('debrief.whatIf.compareHeading')]));
  }

  showFailed(): void {
    this.compareCard.append(el('p', { className: 'phx-empty' }, [this.kit.fmt.t('debrief.whatIf.failed')]));
  }

  /** Both runs side by side, and the changed run's lines on the overlay chart. */
  show(result: WhatIfResult, charts: ChartHost): void {
    const { fmt, data } = this.kit;
    const { change } = result;
    this.element.dataset.empty = 'false';
    const a = data.outcome;
    const b = result.outcome;
    const label = fmt.t(`debrief.change.${change}.label`);
    this.compareCard.append(
      table(
        fmt.t('debrief.whatIf.tableCaption', { change: label }),
        [
          fmt.t('debrief.whatIf.metric'),
          fmt.t('debrief.whatIf.yours'),
          fmt.t('debrief.whatIf.changed', { change: label }),
          fmt.t('debrief.whatIf.difference'),
        ],
        whatIfRows(data.scenario, a, b).map((row) => compareCells(row, fmt)),
        'phx-sr',
      ),
      el('p', { className: 'phx-note' }, [
        `${
          result.plan.dropped.length === 0
            ? fmt.t('debrief.whatIf.replacedNone')
            : fmt.t('debrief.whatIf.replaced', { count: result.plan.dropped.length })
        }${result.plan.unlocked ? ` ${fmt.t('debrief.whatIf.laterWay')}` : ''}${
          whatIfChangedNothing(a, b) ? ` ${fmt.t('debrief.whatIf.noChange')}` : ''
        }`,
      ]),
    );
    this.compareCard.dataset.whatifReady = change;
    // The overlay chart exists from the start; a what-if only swaps the dashed datasets' data.
    const overlay = charts.get(WHAT_IF_CHART);
    if (!overlay) return;
    // The comparison table may have changed the space left for the chart: fit it again.
    charts.refit(WHAT_IF_CHART, this.overlayBody);
    const changed = cfdSeries(b.metrics, b.events);
    const stages = [...CFD_STAGES].reverse();
    stages.forEach((stage, index) => {
      const dataset = overlay.data.datasets[stages.length + index];
      if (!dataset) return;
      dataset.data = changed.cumulative[stage];
      dataset.hidden = false;
    });
    overlay.update('none');
  }
}

/** One comparison row in the player's words: both values (with their DORA band) and the difference. */
function compareCells(row: CompareRow, fmt: DebriefFormat): Cell[] {
  const show = (v: number | null): string => {
    if (row.unit === 'hours') return fmt.hours(v);
    if (v === null) return '–';
    switch (row.unit) {
      case 'count':
        return fmt.number(v, 0);
      case 'perDay':
        return fmt.perDay(v);
      case 'percent':
        return fmt.percent(v);
      case 'outageHours':
        return fmt.t('units.hours', { value: fmt.number(v) });
    }
  };
  const withBand = (v: number | null, band: string | undefined) =>
    band ? `${show(v)} (${fmt.t(`dora.band.${band}`)})` : show(v);
  let diff: Cell = '–';
  if (row.verdict === 'better' || row.verdict === 'worse') {
    const good = row.verdict === 'better';
    diff = {
      text: `${row.direction === 'up' ? '▲' : '▼'} ${fmt.t(good ? 'debrief.whatIf.better' : 'debrief.whatIf.worse')}`,
      className: good ? 'phx-better' : 'phx-worse',
    };
  } else if (row.verdict === 'same') {
    diff = fmt.t('debrief.whatIf.same');
  }
  return [
    fmt.t(row.label.key, row.label.params),
    withBand(row.yours, row.bands?.yours),
    withBand(row.changed, row.bands?.changed),
    diff,
  ];
}

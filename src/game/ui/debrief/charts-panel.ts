// The debrief's charts tab. The canvases are drawn by the layer (charts need the layout first); this
// builds the cards, their captions and the tables behind them.
import { el } from '../../../shared/dom';
import { CFD_STAGES } from '../../debrief/series';
import { type PanelKit, table } from './panel-kit';

/** A chart card: title, caption, the chart and a button that shows its data as a table instead. */
export function chartCard(
  kit: PanelKit,
  id: string,
  title: string,
  caption: string,
  tableNode: HTMLTableElement,
): HTMLElement {
  const { fmt } = kit;
  const body = el('div', { className: 'phx-chart-body', attrs: { 'data-chart': id } });
  const canvas = el('canvas', { attrs: { role: 'img', 'aria-label': `${title}. ${caption}` } });
  const wrap = el('div', { className: 'phx-table-wrap', attrs: { hidden: '' } }, [tableNode]);
  body.append(canvas, wrap);
  const toggle = el('button', { attrs: { type: 'button', 'aria-expanded': 'false' } }, [
    fmt.t('debrief.chart.showTable'),
  ]);
  kit.listen(toggle, 'click', () => {
    const showing = wrap.hidden;
    wrap.hidden = !showing;
    toggle.setAttribute('aria-expanded', String(showing));
    toggle.textContent = fmt.t(showing ? 'debrief.chart.showChart' : 'debrief.chart.showTable');
  });
  return el('div', { className: 'phx-card', attrs: { 'data-part': id } }, [
    el('div', { className: 'phx-chart-head' }, [el('h2', {}, [title]), toggle]),
    el('p', { className: 'phx-note' }, [caption]),
    body,
  ]);
}

/** The charts tab: flow (CFD), lead times, the constraint's load and the outages, each with its table. */
export function chartsPanel(kit: PanelKit): HTMLElement {
  const { fmt, data } = kit;
  const s = data.series;
  const panel = kit.panel('charts', 'phx-charts');
  const stages = CFD_STAGES.map((stage) => fmt.t(`debrief.stage.${stage}`));
  panel.append(
    chartCard(
      kit,
      'cfd',
      fmt.t('debrief.chart.cfd.title'),
      fmt.t('debrief.chart.cfd.caption'),
      table(
        fmt.t('debrief.chart.cfd.table'),
        [fmt.t('debrief.axis.day'), ...stages],
        s.cfd.days.map((day, i) => [
          fmt.number(day, 0),
          ...CFD_STAGES.map((stage) => fmt.number(s.cfd.band[stage][i] ?? 0, 0)),
        ]),
      ),
    ),
    chartCard(
      kit,
      'lead-time',
      fmt.t('debrief.chart.leadTime.title'),
      fmt.t('debrief.chart.leadTime.caption', {
        p50: fmt.hours(s.leadTimes.p50),
        p85: fmt.hours(s.leadTimes.p85),
        customer: fmt.hours(s.leadTimes.customerP50),
        count: s.leadTimes.points.filter((p) => p.open).length,
      }),
      table(
        fmt.t('debrief.chart.leadTime.title'),
        [
          fmt.t('debrief.table.item'),
          fmt.t('debrief.table.type'),
          fmt.t('debrief.table.day'),
          fmt.t('debrief.table.leadTime'),
          fmt.t('debrief.table.customerLeadTime'),
          fmt.t('debrief.table.status'),
        ],
        [...s.leadTimes.points]
          .sort((a, b) => a.day - b.day || a.itemId - b.itemId)
          .map((p) => [
            `#${p.itemId}`,
            fmt.t(`work.${p.workType}`),
            fmt.number(p.day),
            fmt.hours(p.hours),
            fmt.hours(p.customerHours),
            fmt.t(p.open ? 'debrief.table.open' : 'debrief.table.shipped'),
          ]),
      ),
    ),
    chartCard(
      kit,
      'utilisation',
      fmt.t('debrief.chart.utilisation.title'),
      fmt.t('debrief.chart.utilisation.caption', {
        busy: fmt.percent(data.outcome.metrics.constraintUtilization),
        wait:
          data.outcome.metrics.constraintQueueWaitHours === null
            ? '–'
            : fmt.t('units.hours', { value: fmt.number(data.outcome.metrics.constraintQueueWaitHours) }),
      }),
      table(
        fmt.t('debrief.chart.utilisation.title'),
        [
          fmt.t('debrief.axis.day'),
          fmt.t('debrief.constraint.busy'),
          fmt.t('debrief.constraint.queue'),
          fmt.t('debrief.constraint.wait'),
        ],
        s.utilisation.days.map((day, i) => [
          fmt.number(day, 0),
          fmt.percent(s.utilisation.busy[i] ?? 0),
          fmt.number(s.utilisation.queue[i] ?? 0),
          s.utilisation.waitHours[i] == null
            ? '–'
            : fmt.t('units.hours', { value: fmt.number(s.utilisation.waitHours[i] ?? 0) }),
        ]),
      ),
    ),
    chartCard(
      kit,
      'outages',
      fmt.t('debrief.chart.outages.title'),
      s.outages.incidents.length === 0
        ? fmt.t('debrief.chart.outages.none')
        : fmt.t('debrief.chart.outages.caption', {
            count: s.outages.incidents.length,
            hours: fmt.number(data.outcome.metrics.outageHours),
          }),
      table(
        fmt.t('debrief.chart.outages.title'),
        [
          fmt.t('debrief.table.incident'),
          fmt.t('debrief.table.cause'),
          fmt.t('debrief.table.opened'),
          fmt.t('debrief.table.detected'),
          fmt.t('debrief.table.resolved'),
          fmt.t('debrief.table.restore'),
        ],
        s.outages.incidents.map((i) => [
          `#${i.itemId}${i.outage ? ` · ${fmt.t('debrief.table.outage')}` : ''}`,
          fmt.t(`debrief.cause.${i.cause}`),
          fmt.t('debrief.table.dayHour', {
            day: Math.floor(i.openedAt / 8) + 1,
            hour: (i.openedAt % 8) + 1,
          }),
          i.detectedAt === null
            ? '–'
            : fmt.t('debrief.table.dayHour', {
                day: Math.floor(i.detectedAt / 8) + 1,
                hour: (i.detectedAt % 8) + 1,
              }),
          i.resolvedAt === null
            ? fmt.t('debrief.table.stillOpen')
            : fmt.t('debrief.table.dayHour', {
                day: Math.floor(i.resolvedAt / 8) + 1,
                hour: (i.resolvedAt % 8) + 1,
              }),
          fmt.hours((i.resolvedAt ?? s.outages.hours) - i.openedAt),
        ]),
      ),
    ),
  );
  return panel;
}

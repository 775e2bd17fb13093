// The debrief's practices tab.
import { el } from '../../../shared/dom';
import { debriefPractices, practiceName, practiceSentence, signedPoints, toneOf } from '../../practice-text';
import { chartCard } from './charts-panel';
import { type PanelKit, table } from './panel-kit';

/**
 * What each practice the act unlocked earned in this run: a bar chart (with its table view) and one
 * sentence per practice, computed by replaying the run with that practice undone.
 */
export function practicesPanel(kit: PanelKit): HTMLElement {
  const { fmt, data } = kit;
  const panel = kit.panel('practices', 'phx-practices');
  const results = data.practices;
  const score = data.outcome.score.total;
  if (results === null || results.length === 0) {
    panel.append(
      el('div', { className: 'phx-card', attrs: { 'data-part': 'practice-list' } }, [
        el('h2', {}, [fmt.t('debrief.practices.heading')]),
        el('p', { className: 'phx-empty' }, [
          fmt.t(results === null ? 'debrief.practices.unavailable' : 'debrief.practices.noneUnlocked'),
        ]),
      ]),
    );
    return panel;
  }
  const shown = debriefPractices(results);
  const usedCount = shown.filter((r) => r.used).length;
  const chart = chartCard(
    kit,
    'practices',
    fmt.t('debrief.practices.chartTitle'),
    `${
      usedCount === 0
        ? fmt.t('debrief.practices.noneUsed')
        : fmt.t('debrief.practices.caption', { score: fmt.number(score, 0) })
    }${usedCount < shown.length ? ` ${fmt.t('debrief.practices.unusedNote')}` : ''}`,
    table(
      fmt.t('debrief.practices.chartTitle'),
      [
        fmt.t('debrief.practices.practice'),
        fmt.t('debrief.practices.points'),
        fmt.t('debrief.practices.without'),
        fmt.t('debrief.practices.used'),
      ],
      shown.map((r) => [
        practiceName(r.practice, fmt),
        { text: signedPoints(r.points, fmt), className: `phx-${toneOf(r.points)}` },
        r.used ? fmt.number(score - r.points, 0) : '–',
        fmt.t(r.used ? 'debrief.practices.yes' : 'debrief.practices.no'),
      ]),
    ),
  );
  // Above 100 % text the chart grows with its number of bars (styles.ts), so every name keeps its line.
  chart.style.setProperty('--phx-bars', String(shown.length));
  // Focusable, so the keyboard can scroll it when an act has many practices.
  const list = el('ul', {
    className: 'phx-practice-list',
    attrs: { tabindex: '0', 'aria-label': fmt.t('debrief.practices.heading') },
  });
  for (const result of shown) {
    list.append(
      el('li', { attrs: { 'data-practice': result.practice, 'data-used': String(result.used) } }, [
        el('b', { className: `phx-${result.used ? toneOf(result.points) : 'none'}` }, [
          result.used ? signedPoints(result.points, fmt) : '–',
        ]),
        el('span', {}, [practiceSentence(result, score, fmt)]),
      ]),
    );
  }
  const sentences = el(
    'div',
    { className: 'phx-card phx-practice-card', attrs: { 'data-part': 'practice-list' } },
    [
      el('h2', {}, [fmt.t('debrief.practices.heading')]),
      el('p', { className: 'phx-note' }, [fmt.t('debrief.practices.intro')]),
      list,
    ],
  );
  panel.append(chart, sentences);
  return panel;
}

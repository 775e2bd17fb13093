// The debrief's summary tab: the act's score by component (with the facts that cost points), the four
// keys with their DORA bands and thresholds, and the lesson with the next thing to try.
import type { Metrics } from '../../../engine';
import { DORA_THRESHOLDS, type DoraBand, type DoraKeys } from '../../../scoring';
import { COMPONENTS, STAR_THRESHOLDS } from '../../../scoring/weights';
import { el } from '../../../shared/dom';
import { ACT_WAY, type NextTry } from '../../debrief/analysis';
import type { WhatIfChange } from '../../debrief/what-if';
import { BAND_COLOR } from '../act/work-look';
import { css } from '../theme';
import { countedPhrase, type DebriefFormat, DORA_KEYS, doraValue, factParams } from './format';
import type { PanelKit } from './panel-kit';

export interface LessonOptions {
  nextTry: NextTry | null;
  /** "Show me": the what-if of the next thing to try. */
  onShowNext(change: WhatIfChange): void;
}

/** The summary tab: the score by component, the four keys with their bands, and the lesson. */
export function summaryPanel(kit: PanelKit, lesson: LessonOptions): HTMLElement {
  const { fmt, data } = kit;
  const { score } = data.outcome;
  const panel = kit.panel('summary', 'phx-summary');
  const scoreCard = el('div', { className: 'phx-card phx-score', attrs: { 'data-part': 'components' } }, [
    el('h2', {}, [fmt.t('debrief.score.heading')]),
  ]);
  for (const name of COMPONENTS) {
    const component = score.components[name];
    const facts = el('ul', { className: 'phx-facts' });
    for (const fact of component.facts) {
      const params = factParams(fact, fmt);
      facts.append(
        el('li', {}, [
          el('span', {}, [fmt.t(fact.key, params)]),
          fact.pointsLost > 0
            ? el('b', {}, [fmt.t('debrief.score.lost', { points: fmt.number(fact.pointsLost, 0) })])
            : el('b', { className: 'phx-ok' }, [fmt.t('debrief.score.full')]),
        ]),
      );
    }
    const share = component.max > 0 ? component.points / component.max : 0;
    scoreCard.append(
      el('div', { className: 'phx-component' }, [
        el('span', { className: 'phx-name' }, [
          fmt.t(`score.component.${name}`),
          el('span', { className: 'phx-muted phx-small' }, [
            `  ${fmt.t('debrief.score.weight', { percent: fmt.number(component.weight * 100, 0) })}`,
          ]),
        ]),
        el('span', { className: 'phx-points' }, [
          fmt.t('debrief.score.points', {
            points: fmt.number(component.points, 0),
            max: fmt.number(component.max, 0),
          }),
        ]),
        el('div', { className: 'phx-meter', attrs: { role: 'presentation' } }, [
          el('span', { attrs: { style: `width:${Math.round(share * 100)}%` } }),
        ]),
        facts,
      ]),
    );
  }
  const [one, two, three] = STAR_THRESHOLDS[data.scenario.id];
  const nextStar = [one, two, three].find((threshold) => score.total < threshold);
  scoreCard.append(
    el('p', { className: 'phx-note phx-stars-note' }, [
      fmt.t('debrief.score.stars', {
        one: fmt.number(one, 0),
        two: fmt.number(two, 0),
        three: fmt.number(three, 0),
      }),
      nextStar === undefined
        ? ''
        : ` ${fmt.t('debrief.score.nextStar', { count: nextStar - score.total, threshold: fmt.number(nextStar, 0) })}`,
    ]),
  );
  panel.append(scoreCard, doraCard(fmt, score.dora, data.outcome.metrics), lessonCard(kit, lesson));
  return panel;
}

function doraCard(fmt: DebriefFormat, dora: DoraKeys, metrics: Metrics): HTMLElement {
  const grid = el('div', { className: 'phx-dora-grid' });
  for (const key of DORA_KEYS) {
    const band = dora[key];
    const thresholds = el('ul', { className: 'phx-thresholds' });
    for (const [b, text] of thresholdLines(fmt, key)) {
      thresholds.append(el('li', { attrs: { 'data-current': String(b === band) } }, [text]));
    }
    grid.append(
      el(
        'div',
        {
          className: 'phx-key',
          attrs: { style: `--band:${css(BAND_COLOR[band])}`, 'data-key': key, 'data-band': band },
        },
        [
          el('span', { className: 'phx-muted phx-small' }, [fmt.t(`dora.${key}`)]),
          el('span', { className: 'phx-value' }, [doraValue(key, metrics, fmt)]),
          el('span', { className: 'phx-band' }, [fmt.t(`dora.band.${band}`)]),
          thresholds,
        ],
      ),
    );
  }
  return el('div', { className: 'phx-card', attrs: { 'data-part': 'dora' } }, [
    el('h2', {}, [fmt.t('debrief.dora.heading')]),
    grid,
  ]);
}

/** The band thresholds of one key, in the player's units and language. */
function thresholdLines(fmt: DebriefFormat, key: (typeof DORA_KEYS)[number]): [DoraBand, string][] {
  const band = (b: DoraBand) => fmt.t(`dora.band.${b}`);
  const three = (
    kind: 'below' | 'atLeast' | 'atMost',
    t: Record<'elite' | 'high' | 'medium', number>,
    show: (v: number) => string,
  ) =>
    (['elite', 'high', 'medium'] as const).map((b): [DoraBand, string] => [
      b,
      fmt.t(`debrief.dora.${kind}`, { band: band(b), value: show(t[b]) }),
    ]);
  switch (key) {
    case 'deploymentFrequency':
      return [
        ...three('atLeast', DORA_THRESHOLDS.deploymentFrequency, (v) => fmt.perDay(v)),
        ['low', fmt.t('debrief.dora.lowFewer', { band: band('low') })],
      ];
    case 'leadTime':
      return [
        ...three('below', DORA_THRESHOLDS.leadTimeHours, (v) => fmt.hours(v)),
        ['low', fmt.t('debrief.dora.lowLonger', { band: band('low') })],
      ];
    case 'timeToRestore':
      return [
        ...three('below', DORA_THRESHOLDS.timeToRestoreHours, (v) => fmt.hours(v)),
        ['low', fmt.t('debrief.dora.lowLonger', { band: band('low') })],
      ];
    case 'changeFailureRate':
      return [
        ...three('atMost', DORA_THRESHOLDS.changeFailureRate, (v) => fmt.percent(v)),
        ['low', fmt.t('debrief.dora.lowMore', { band: band('low') })],
      ];
  }
}

function lessonCard(kit: PanelKit, { nextTry, onShowNext }: LessonOptions): HTMLElement {
  const { fmt, data } = kit;
  const way = ACT_WAY[data.scenario.id];
  const m = data.outcome.metrics;
  const staff = Math.max(1, data.scenario.staff.length);
  const open = data.series.leadTimes.points.filter((p) => p.open).length;
  const showed = fmt.t(`debrief.lesson.showed.${way}`, {
    lead: fmt.hours(m.leadTimeForChangesHours.p50),
    customer: fmt.hours(m.customerLeadTimeHours.p50),
    wip: countedPhrase(fmt, 'items', (m.avgWip.dev + m.avgWip.test + m.avgWip.ops) / staff),
    batch: m.avgReleaseSize === null ? '–' : countedPhrase(fmt, 'changes', m.avgReleaseSize),
    count: open,
    mttd: fmt.hours(m.mttdHours),
    mttr: fmt.hours(m.mttrHours),
    failure: m.changeFailureRate === null ? '–' : fmt.percent(m.changeFailureRate),
    share: fmt.percent(m.improvementShare),
    outage: fmt.t('units.hours', { value: fmt.number(m.outageHours) }),
  });
  const next = nextTry
    ? fmt.t('debrief.lesson.next', {
        change: fmt.t(`debrief.change.${nextTry.change}.label`),
        gain: fmt.number(nextTry.scoreGain, 0),
        lead: fmt.hours(nextTry.leadTimeHours),
        customer: fmt.hours(nextTry.customerLeadTimeHours),
        outage: fmt.t('units.hours', { value: fmt.number(nextTry.outageHours) }),
      })
    : fmt.t(`debrief.lesson.nextNone.${way}`);
  const card = el('div', { className: 'phx-card phx-lesson', attrs: { 'data-part': 'lesson' } }, [
    el('h2', {}, [fmt.t('debrief.lesson.heading', { way: fmt.t(data.scenario.titleKey) })]),
    el('p', { className: 'phx-way' }, [fmt.t(`debrief.lesson.way.${way}`)]),
    el('h3', {}, [fmt.t('debrief.lesson.showedHeading')]),
    el('p', {}, [showed]),
    el('h3', {}, [fmt.t('debrief.lesson.nextHeading')]),
    el('p', { attrs: { 'data-next': nextTry?.change ?? '' } }, [next]),
  ]);
  if (nextTry) {
    const show = el('button', { attrs: { type: 'button' } }, [`${fmt.t('debrief.lesson.show')} →`]);
    kit.listen(show, 'click', () => {
      kit.sound('click');
      onShowNext(nextTry.change);
    });
    card.append(show);
  }
  return card;
}

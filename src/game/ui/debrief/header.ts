// The debrief's header: the act, seed and days, the total score with its stars, and the actions.
import { el } from '../../../shared/dom';
import type { PanelKit } from './panel-kit';

export interface HeaderActions {
  png(): void;
  csv(): void;
  print(): void;
  continue(): void;
}

export function debriefHeader(kit: PanelKit, actions: HeaderActions): HTMLElement {
  const { fmt, data } = kit;
  const { score } = data.outcome;
  const stars = el('span', {
    className: 'phx-stars',
    attrs: { 'aria-label': fmt.t('acts.stars', { count: score.stars }) },
  });
  for (let s = 0; s < 3; s++)
    stars.append(el('span', { className: s < score.stars ? '' : 'phx-off' }, ['★']));
  const button = (key: string, onClick: () => void, primary = false) => {
    const b = el('button', { className: primary ? 'phx-primary' : '', attrs: { type: 'button' } }, [
      fmt.t(key),
    ]);
    kit.listen(b, 'click', () => {
      kit.sound(primary ? 'confirm' : 'click');
      onClick();
    });
    return b;
  };
  return el('header', { className: 'phx-header' }, [
    el('div', { className: 'phx-titles' }, [
      el('h1', {}, [fmt.t('debrief.title', { act: fmt.t(data.scenario.titleKey) })]),
      el('p', {}, [
        fmt.t('debrief.subtitle', { seed: data.log.seed, days: fmt.number(data.outcome.metrics.days) }),
      ]),
    ]),
    el('div', { className: 'phx-total', attrs: { 'data-part': 'score' } }, [
      el('strong', {}, [fmt.number(score.total, 0)]),
      el('span', { className: 'phx-outof' }, [fmt.t('debrief.outOf')]),
      stars,
    ]),
    el('div', { className: 'phx-actions' }, [
      button('debrief.actions.png', actions.png),
      button('debrief.actions.csv', actions.csv),
      button('debrief.actions.print', actions.print),
      button('debrief.actions.continue', actions.continue, true),
    ]),
  ]);
}

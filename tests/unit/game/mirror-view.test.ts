import { describe, expect, it } from 'vitest';
import { advance, createRun, dispatch, metricsOf } from '../../../src/engine';
import { buildBoardModel, type CardModel } from '../../../src/game/act/board-model';
import { buildMirrorView, cardLabel, type MirrorActions } from '../../../src/game/act/mirror-view';
import { createTranslator, SUPPORTED_LANGUAGES } from '../../../src/i18n';
import { getScenario } from '../../../src/scenarios';

const hours = (h: number) => (h < 8 ? `${Math.round(h)} h` : `${Math.round((h / 8) * 10) / 10} d`);

function recorder(): { calls: string[]; actions: MirrorActions } {
  const calls: string[] = [];
  const log =
    (name: string) =>
    (...args: unknown[]) =>
      calls.push(`${name}(${args.join(',')})`);
  return {
    calls,
    actions: {
      activateCard: log('activateCard'),
      activateStaff: log('activateStaff'),
      triage: log('triage'),
      changeWipLimit: log('changeWipLimit'),
      changeBatchSize: log('changeBatchSize'),
      deploy: log('deploy'),
      toggle: log('toggle'),
      invest: log('invest'),
      setApproval: log('setApproval'),
      changeImprovementShare: log('changeImprovementShare'),
      setSpeed: log('setSpeed'),
    },
  };
}

/** A First Way run a few hours in, with a request waiting for triage. */
function firstWayModel(scenarioId = 'first-way') {
  const scenario = getScenario(scenarioId as 'first-way')!;
  const run = createRun({ scenario, seed: 4711 });
  for (let i = 0; i < 40 && run.state.places.triage.length === 0; i++) advance(run);
  dispatch(run, { type: 'setWipLimit', stage: 'dev', limit: 3 });
  return { run, model: buildBoardModel(run.state, metricsOf(run), scenario), scenario };
}

describe('The accessible board (mirror view)', async () => {
  const t = (await createTranslator({ language: 'en', reportMissing: false })).t;

  it('says a card in one sentence: type, number, age, who it needs, its state', () => {
    const card: CardModel = {
      id: 8,
      type: 'feature',
      column: 'dev',
      ageHours: 16,
      needsConstraint: true,
      inConstraintQueue: false,
      status: 'waiting',
      assignees: [],
      progress: 0,
      expedite: false,
      deploying: false,
    };
    const label = cardLabel({ t, duration: hours, staffName: () => 'Kai' }, card, 0);
    expect(label).toBe('Feature #8, 2 d old, needs Kai, waiting');
  });

  it('lists every column with its count and WIP limit, every card as a button, requests with their own buttons', () => {
    const { run, model, scenario } = firstWayModel();
    const { calls, actions } = recorder();
    const view = buildMirrorView(model, {
      t,
      duration: hours,
      perDay: (value) => String(value),
      staffName: (id) => `Person ${id}`,
      mechanics: run.state.mechanics,
      speed: 1,
      selected: null,
      actions,
      title: t(scenario.titleKey),
    });
    const dev = view.columns.find((c) => c.id === 'column-dev')!;
    expect(dev.name).toMatch(/^Dev: \d+ items?, WIP limit 3$/);
    const cards = view.columns.flatMap((c) => c.items);
    expect(cards.length).toBe(model.columns.reduce((n, c) => n + c.cards.length, 0));
    const requestId = run.state.places.triage[0]!;
    const triage = view.groups.find((g) => g.id === 'triage')!;
    const reject = triage.items.find((i) => i.id === `triage-reject-${requestId}`)!;
    expect(reject.label).toMatch(new RegExp(`^Reject \\w+ #${requestId}$`));
    reject.onActivate?.();
    expect(calls).toEqual([`triage(${requestId},reject)`]);
    // Every control the First Way has is a button: WIP limits, freeze, protect, batch size, deploy.
    const ids = view.groups.flatMap((g) => g.items.map((i) => i.id));
    for (const id of ['wip-down-dev', 'wip-up-ops', 'batch-down', 'deploy', 'speed-0', 'staff-0'])
      expect(ids).toContain(id);
    // The four keys have no band before there is data.
    expect(view.status.find((s) => s.id === 'dora-timeToRestore')?.label).toBe('Restore: no data yet');
  });

  it('has every label in every language (no key shown raw)', async () => {
    const { run, model, scenario } = firstWayModel('finale');
    for (const language of SUPPORTED_LANGUAGES) {
      const tr = (await createTranslator({ language, reportMissing: false })).t;
      const view = buildMirrorView(model, {
        t: tr,
        duration: hours,
        perDay: (value) => String(value),
        staffName: (id) => `P${id}`,
        mechanics: run.state.mechanics,
        speed: 0,
        selected: null,
        actions: recorder().actions,
        title: tr(scenario.titleKey),
      });
      const labels = [
        ...view.status,
        ...view.columns.flatMap((c) => [{ label: c.name }, ...c.items]),
        ...view.groups.flatMap((g) => [{ label: g.name }, ...g.items]),
      ].map((i) => i.label);
      for (const label of labels) expect(label, `${language}: ${label}`).not.toMatch(/mirror\.|\{\{/);
    }
  });
});

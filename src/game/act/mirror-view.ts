// The accessible board's content: the act's board model described as sections of labelled items and
// buttons (see ui/act/board-mirror.ts for the page it becomes). Pure apart from the closures it hands
// out, so what a screen reader hears is unit-tested.
import {
  type ChangeApproval,
  INVESTMENTS,
  type Investment,
  type Mechanic,
  type TriageDecision,
  type WorkStage,
} from '../../engine';
import type { MirrorItem, MirrorSection, MirrorView } from '../ui/act/board-mirror';
import type { Speed } from './act-session';
import type { BoardModel, CardModel, ColumnModel } from './board-model';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface MirrorActions {
  activateCard(itemId: number): void;
  activateStaff(staffId: number): void;
  triage(itemId: number, decision: TriageDecision): void;
  changeWipLimit(stage: WorkStage, delta: 1 | -1): void;
  changeBatchSize(delta: 1 | -1): void;
  deploy(): void;
  toggle(setting: 'projectFreeze' | 'protectConstraint' | 'stopTheLine'): void;
  invest(investment: Investment): void;
  setApproval(mode: ChangeApproval): void;
  changeImprovementShare(delta: 1 | -1): void;
  setSpeed(speed: Speed): void;
}

export interface MirrorContext {
  t: Translate;
  /** Hours as the board shows them (hours under a day, working days above). */
  duration: (hours: number) => string;
  /** A rate per working day as the board shows it. */
  perDay: (value: number) => string;
  staffName: (staffId: number) => string;
  mechanics: readonly Mechanic[];
  speed: Speed;
  /** The card picked for assigning, if any. */
  selected: number | null;
  actions: MirrorActions;
  title: string;
}

const STAGES: readonly WorkStage[] = ['dev', 'test', 'ops'];

export function cardName(t: Translate, card: Pick<CardModel, 'type' | 'id'>): string {
  return t('board.cardTitle', { type: t(`work.${card.type}`), id: card.id });
}

/** "Feature #8, 2 days old, needs Kai, waiting" — what a card says, in one sentence. */
export function cardLabel(
  context: Pick<MirrorContext, 't' | 'duration' | 'staffName'>,
  card: CardModel,
  constraintId: number,
): string {
  const { t } = context;
  const parts = [cardName(t, card), t('mirror.card.age', { age: context.duration(card.ageHours) })];
  if (card.expedite) parts.push(t('mirror.card.expedite'));
  if (card.needsConstraint) parts.push(t('mirror.card.needs', { name: context.staffName(constraintId) }));
  parts.push(t(`mirror.card.status.${card.status}`));
  if (card.assignees.length > 0)
    parts.push(
      t('mirror.card.with', { names: card.assignees.map((id) => context.staffName(id)).join(', ') }),
    );
  if (card.deploying) parts.push(t('mirror.card.deploying'));
  return parts.join(', ');
}

function columnName(t: Translate, column: ColumnModel): string {
  const name = t(`board.stages.${column.column}`);
  if (column.column === 'live') return t('mirror.column.live', { name, count: column.count });
  if (!column.limited) return t('mirror.column.plain', { name, count: column.count });
  return column.wipLimit === null
    ? t('mirror.column.noLimit', { name, count: column.count })
    : t('mirror.column.limited', { name, count: column.count, limit: column.wipLimit });
}

export function buildMirrorView(model: BoardModel, context: MirrorContext): MirrorView {
  const { t, actions } = context;
  const has = (mechanic: Mechanic) => context.mechanics.includes(mechanic);
  const hour = 9 + model.hourOfDay;
  const status: MirrorItem[] = [
    {
      id: 'clock',
      label: t('hud.clock', {
        day: model.day,
        days: model.totalDays,
        time: `${String(hour).padStart(2, '0')}:00`,
      }),
    },
    {
      id: 'speed',
      label: context.speed === 0 ? t('mirror.paused') : t('hud.speed', { speed: context.speed }),
    },
    {
      id: 'goal',
      label: t('mirror.goal', {
        shipped: model.goal.featuresShipped,
        target: model.goal.target,
        day: model.goal.byDay,
        outage: context.duration(model.goal.outageHours),
        allowance: context.duration(model.goal.maxOutageHours),
      }),
    },
    ...(['deploymentFrequency', 'leadTime', 'changeFailureRate', 'timeToRestore'] as const).map((key) => {
      const value = doraValue(context, model, key);
      const name = t(`dora.${key}`);
      return {
        id: `dora-${key}`,
        label:
          value === null
            ? t('mirror.doraNone', { name })
            : t('mirror.dora', { name, value, band: t(`dora.band.${model.dora[key]}`) }),
      };
    }),
  ];
  const speeds: MirrorItem[] = ([0, 1, 2, 4] as const).map((speed) => ({
    id: `speed-${speed}`,
    label: speed === 0 ? t('hud.pause') : t('hud.speed', { speed }),
    pressed: context.speed === speed,
    onActivate: () => actions.setSpeed(speed),
  }));

  const columns: MirrorSection[] = model.columns.map((column) => ({
    id: `column-${column.column}`,
    name: columnName(t, column),
    items: column.cards.map((card) => ({
      id: `card-${card.id}`,
      label: cardLabel(context, card, model.constraint.staffId),
      current: context.selected === card.id,
      onActivate: column.column === 'live' ? undefined : () => actions.activateCard(card.id),
    })),
  }));

  const groups: MirrorSection[] = [{ id: 'speed', name: t('mirror.group.speed'), items: speeds }];
  if (has('triage')) {
    const items: MirrorItem[] = [];
    for (const card of model.triage) {
      for (const decision of ['accept', 'defer', 'reject'] as const) {
        items.push({
          id: `triage-${decision}-${card.id}`,
          label: t('mirror.triage', { decision: t(`controls.${decision}`), name: cardName(t, card) }),
          onActivate: () => actions.triage(card.id, decision),
        });
      }
    }
    if (items.length === 0) items.push({ id: 'triage-none', label: t('controls.noIncoming') });
    groups.push({ id: 'triage', name: t('controls.incoming', { count: model.triage.length }), items });
  }

  groups.push({
    id: 'team',
    name: t('mirror.group.team'),
    items: model.staff.map((person) => ({
      id: `staff-${person.id}`,
      label: t(person.isConstraint ? 'mirror.staffConstraint' : 'mirror.staff', {
        name: context.staffName(person.id),
        count: person.holding,
      }),
      description: context.selected === null ? t('mirror.pickCardFirst') : undefined,
      onActivate: () => actions.activateStaff(person.id),
    })),
  });

  const policies: MirrorItem[] = [];
  if (has('wip-limits')) {
    for (const stage of STAGES) {
      const name = t(`board.stages.${stage}`);
      policies.push(
        {
          id: `wip-down-${stage}`,
          label: t('board.limitDown', { stage: name }),
          onActivate: () => actions.changeWipLimit(stage, -1),
        },
        {
          id: `wip-up-${stage}`,
          label: t('board.limitUp', { stage: name }),
          onActivate: () => actions.changeWipLimit(stage, 1),
        },
      );
    }
  }
  if (has('project-freeze'))
    policies.push({
      id: 'freeze',
      label: t('controls.freezeOff'),
      pressed: model.settings.projectFreeze,
      onActivate: () => actions.toggle('projectFreeze'),
    });
  if (has('protect-constraint'))
    policies.push({
      id: 'protect',
      label: t('team.protectOff'),
      pressed: model.settings.protectConstraint,
      onActivate: () => actions.toggle('protectConstraint'),
    });
  if (has('stop-the-line'))
    policies.push({
      id: 'stop-the-line',
      label: t('mirror.stopTheLine'),
      pressed: model.settings.stopTheLine,
      onActivate: () => actions.toggle('stopTheLine'),
    });
  if (has('change-approval'))
    for (const mode of ['peer-review', 'cab'] as const)
      policies.push({
        id: `approval-${mode}`,
        label: t('mirror.approval', { mode: t(`mechanics.${mode}`) }),
        pressed: model.settings.changeApproval === mode,
        onActivate: () => actions.setApproval(mode),
      });
  if (has('improvement-share'))
    policies.push(
      {
        id: 'improvement-share',
        label: t('mirror.improvement', {
          percent: Math.round(model.settings.improvementShare * 100),
          debt: Math.round(model.debt * 100),
        }),
      },
      {
        id: 'improvement-down',
        label: t('mechanics.lessImprovement'),
        onActivate: () => actions.changeImprovementShare(-1),
      },
      {
        id: 'improvement-up',
        label: t('mechanics.moreImprovement'),
        onActivate: () => actions.changeImprovementShare(1),
      },
    );
  if (policies.length > 0) groups.push({ id: 'policies', name: t('mirror.group.policies'), items: policies });

  const release: MirrorItem[] = [];
  if (has('batch-size'))
    release.push(
      { id: 'batch-size', label: t('mirror.batchSize', { count: model.settings.batchSize }) },
      { id: 'batch-down', label: t('controls.batchDown'), onActivate: () => actions.changeBatchSize(-1) },
      { id: 'batch-up', label: t('controls.batchUp'), onActivate: () => actions.changeBatchSize(1) },
    );
  release.push({
    id: 'deploy',
    label: model.releaseInProgress
      ? t('mirror.deploying')
      : t('controls.deploy', { count: model.readyToDeploy }),
    disabled: model.readyToDeploy === 0,
    onActivate: () => actions.deploy(),
  });
  groups.push({ id: 'release', name: t('controls.release'), items: release });

  const investments = INVESTMENTS.filter((investment) => has(investment));
  if (investments.length > 0)
    groups.push({
      id: 'investments',
      name: t('mechanics.invest'),
      items: investments.map((investment) => {
        const progress = model.investments[investment];
        return {
          id: `invest-${investment}`,
          label: t(progress ? `mirror.invest.${progress}` : 'mirror.invest.open', {
            name: t(`investments.${investment}`),
          }),
          disabled: progress !== undefined,
          onActivate: () => actions.invest(investment),
        };
      }),
    });

  return { title: context.title, status, columns, groups, dialog: null };
}

/** A key's value as said, or null while the act has no data for it (no band is named then). */
function doraValue(
  context: MirrorContext,
  model: BoardModel,
  key: 'deploymentFrequency' | 'leadTime' | 'changeFailureRate' | 'timeToRestore',
): string | null {
  const m = model.metrics;
  if (key === 'deploymentFrequency')
    return m.deployments === 0
      ? null
      : context.t('mirror.perDay', { value: context.perDay(m.deploymentsPerDay) });
  if (key === 'changeFailureRate')
    return m.changeFailureRate === null || m.deployments === 0
      ? null
      : `${Math.round(m.changeFailureRate * 100)}%`;
  if (key === 'leadTime')
    return m.itemsShipped === 0 || m.leadTimeForChangesHours.p50 === null
      ? null
      : context.duration(m.leadTimeForChangesHours.p50);
  return m.mttrHours === null ? null : context.duration(m.mttrHours);
}

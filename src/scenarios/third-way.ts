// Act 3 — The Third Way: learning. Years of shortcuts left heavy technical debt; flow and feedback
// practices are in place. Adds the improvement budget and improvement experiments.
import type { Scenario } from '../engine/types';
import {
  BASE_STAFF,
  BASE_TEMPLATES,
  cloneParams,
  INVESTMENT_WORK,
  STATUS_QUO,
  THIRD_WAY_MECHANICS,
} from './common';

export const thirdWay: Scenario = {
  id: 'third-way',
  titleKey: 'act.thirdWay.title',
  days: 20,
  mechanics: THIRD_WAY_MECHANICS,
  goal: { textKey: 'goal.thirdWay', featuresShipped: 10, byDay: 20, maxOutageHours: 20 },
  defaults: {
    ...STATUS_QUO,
    wipLimits: { dev: 4, test: 3, ops: 3 },
    batchSize: 3,
    protectConstraint: true,
    stopTheLine: true,
    changeApproval: 'peer-review',
  },
  staff: BASE_STAFF,
  templates: BASE_TEMPLATES,
  investmentWork: INVESTMENT_WORK,
  // Why debtPaydown is higher here: years of shortcuts leave obvious hotspots, and the first ones paid
  // down are the cheapest and pay the most — so 20% improvement time pays back within the act.
  params: cloneParams({ debt: 0.7 }),
  initialBacklog: { feature: 4, project: 2, change: 3 },
  startingInvestments: ['telemetry'],
  storyBeats: [
    {
      id: 'improvement-budget',
      tick: 16,
      titleKey: 'story.thirdWay.budget.title',
      bodyKey: 'story.thirdWay.budget.body',
      defaultOptionId: 'no-time',
      options: [
        {
          id: 'twenty-percent',
          labelKey: 'story.thirdWay.budget.twentyPercent',
          effects: [{ kind: 'command', command: { type: 'setImprovementShare', share: 0.2 } }],
        },
        {
          id: 'no-time',
          labelKey: 'story.thirdWay.budget.noTime',
          effects: [{ kind: 'command', command: { type: 'setImprovementShare', share: 0 } }],
        },
      ],
    },
    {
      id: 'chaos-drill',
      tick: 48,
      titleKey: 'story.thirdWay.chaos.title',
      bodyKey: 'story.thirdWay.chaos.body',
      defaultOptionId: 'skip',
      options: [
        {
          id: 'run-drill',
          labelKey: 'story.thirdWay.chaos.run',
          effects: [{ kind: 'command', command: { type: 'invest', investment: 'chaos-drills' } }],
        },
        { id: 'skip', labelKey: 'story.thirdWay.chaos.skip', effects: [] },
      ],
    },
    {
      id: 'constraint-vacation',
      tick: 80,
      titleKey: 'story.thirdWay.vacation.title',
      bodyKey: 'story.thirdWay.vacation.body',
      defaultOptionId: 'cancel-vacation',
      options: [
        {
          id: 'cross-train',
          labelKey: 'story.thirdWay.vacation.crossTrain',
          effects: [{ kind: 'command', command: { type: 'invest', investment: 'cross-training' } }],
        },
        { id: 'cancel-vacation', labelKey: 'story.thirdWay.vacation.cancel', effects: [] },
      ],
    },
    {
      id: 'post-mortem',
      tick: 112,
      titleKey: 'story.thirdWay.postMortem.title',
      bodyKey: 'story.thirdWay.postMortem.body',
      defaultOptionId: 'find-culprit',
      options: [
        {
          id: 'blameless',
          labelKey: 'story.thirdWay.postMortem.blameless',
          effects: [{ kind: 'command', command: { type: 'invest', investment: 'post-mortems' } }],
        },
        {
          id: 'find-culprit',
          labelKey: 'story.thirdWay.postMortem.culprit',
          effects: [{ kind: 'add-debt', amount: 0.05 }],
        },
      ],
    },
  ],
};

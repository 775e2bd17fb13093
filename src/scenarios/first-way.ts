// Act 1 — The First Way: flow. The status quo: no WIP limits, big releases, everyone brings work to the
// constraint engineer. Unlocks WIP limits, batch size, triage, project freeze, protect the constraint.
import type { Scenario } from '../engine/types';
import {
  BASE_STAFF,
  BASE_TEMPLATES,
  cloneParams,
  FIRST_WAY_MECHANICS,
  INVESTMENT_WORK,
  STATUS_QUO,
} from './common';

export const firstWay: Scenario = {
  id: 'first-way',
  titleKey: 'act.firstWay.title',
  days: 20,
  mechanics: FIRST_WAY_MECHANICS,
  goal: { textKey: 'goal.firstWay', featuresShipped: 11, byDay: 20, maxOutageHours: 70 },
  defaults: STATUS_QUO,
  staff: BASE_STAFF,
  templates: BASE_TEMPLATES,
  investmentWork: INVESTMENT_WORK,
  params: cloneParams({}),
  initialBacklog: { feature: 3, project: 2, change: 2 },
  startingInvestments: [],
  storyBeats: [
    {
      id: 'sev1-payroll',
      tick: 20,
      titleKey: 'story.firstWay.sev1.title',
      bodyKey: 'story.firstWay.sev1.body',
      defaultOptionId: 'call-constraint',
      options: [
        {
          id: 'call-constraint',
          labelKey: 'story.firstWay.sev1.callConstraint',
          effects: [{ kind: 'incident', outage: true, effortHours: 4, needsConstraint: true }],
        },
        {
          id: 'work-the-process',
          labelKey: 'story.firstWay.sev1.workTheProcess',
          effects: [{ kind: 'incident', outage: true, effortHours: 8, needsConstraint: false }],
        },
      ],
    },
    {
      id: 'ceo-push',
      tick: 48,
      titleKey: 'story.firstWay.ceoPush.title',
      bodyKey: 'story.firstWay.ceoPush.body',
      defaultOptionId: 'accept-all',
      options: [
        {
          id: 'accept-all',
          labelKey: 'story.firstWay.ceoPush.acceptAll',
          effects: [
            {
              kind: 'spawn',
              workType: 'feature',
              count: 3,
              expedite: false,
              needsConstraint: false,
              valueMultiplier: 1.2,
            },
          ],
        },
        {
          id: 'negotiate',
          labelKey: 'story.firstWay.ceoPush.negotiate',
          effects: [
            {
              kind: 'spawn',
              workType: 'feature',
              count: 1,
              expedite: false,
              needsConstraint: false,
              valueMultiplier: 1.2,
            },
          ],
        },
      ],
    },
    {
      id: 'freeze-proposal',
      tick: 80,
      titleKey: 'story.firstWay.freeze.title',
      bodyKey: 'story.firstWay.freeze.body',
      defaultOptionId: 'keep-projects',
      options: [
        {
          id: 'freeze',
          labelKey: 'story.firstWay.freeze.freeze',
          effects: [{ kind: 'command', command: { type: 'projectFreeze', on: true } }],
        },
        {
          id: 'keep-projects',
          labelKey: 'story.firstWay.freeze.keep',
          effects: [{ kind: 'command', command: { type: 'projectFreeze', on: false } }],
        },
      ],
    },
    {
      id: 'audit-findings',
      tick: 112,
      titleKey: 'story.firstWay.audit.title',
      bodyKey: 'story.firstWay.audit.body',
      defaultOptionId: 'fix-now',
      options: [
        {
          id: 'fix-now',
          labelKey: 'story.firstWay.audit.fixNow',
          effects: [
            {
              kind: 'spawn',
              workType: 'change',
              count: 2,
              expedite: true,
              needsConstraint: true,
              valueMultiplier: 1,
            },
          ],
        },
        {
          id: 'accept-risk',
          labelKey: 'story.firstWay.audit.acceptRisk',
          effects: [{ kind: 'scale-arrivals', workType: 'infrastructureIncident', factor: 1.3 }],
        },
      ],
    },
  ],
};

// Finale — the launch: every mechanic at once, under a hard deadline, from the status quo.
import type { Scenario } from '../engine/types';
import {
  BASE_STAFF,
  BASE_TEMPLATES,
  cloneParams,
  INVESTMENT_WORK,
  STATUS_QUO,
  THIRD_WAY_MECHANICS,
} from './common';

export const finale: Scenario = {
  id: 'finale',
  titleKey: 'act.finale.title',
  days: 20,
  mechanics: THIRD_WAY_MECHANICS,
  goal: { textKey: 'goal.finale', featuresShipped: 10, byDay: 18, maxOutageHours: 30 },
  defaults: { ...STATUS_QUO, changeApproval: 'cab' },
  staff: BASE_STAFF,
  templates: BASE_TEMPLATES,
  investmentWork: INVESTMENT_WORK,
  params: cloneParams({
    debt: 0.45,
    arrivalsPerDay: { feature: 1.2, project: 0.2, change: 1.3, infrastructureIncident: 0.3 },
  }),
  initialBacklog: { feature: 6, project: 2, change: 3 },
  startingInvestments: [],
  storyBeats: [
    {
      id: 'launch-date-moved',
      tick: 16,
      titleKey: 'story.finale.launchDate.title',
      bodyKey: 'story.finale.launchDate.body',
      defaultOptionId: 'add-scope',
      options: [
        { id: 'hold-scope', labelKey: 'story.finale.launchDate.holdScope', effects: [] },
        {
          id: 'add-scope',
          labelKey: 'story.finale.launchDate.addScope',
          effects: [
            {
              kind: 'spawn',
              workType: 'feature',
              count: 2,
              expedite: false,
              needsConstraint: false,
              valueMultiplier: 1,
            },
          ],
        },
      ],
    },
    {
      id: 'marketing-blitz',
      tick: 56,
      titleKey: 'story.finale.blitz.title',
      bodyKey: 'story.finale.blitz.body',
      defaultOptionId: 'go-big',
      options: [
        {
          id: 'go-big',
          labelKey: 'story.finale.blitz.goBig',
          effects: [{ kind: 'scale-arrivals', workType: 'feature', factor: 1.3 }],
        },
        {
          id: 'automate-first',
          labelKey: 'story.finale.blitz.automateFirst',
          effects: [{ kind: 'command', command: { type: 'invest', investment: 'deploy-automation' } }],
        },
      ],
    },
    {
      id: 'launch-sev1',
      tick: 96,
      titleKey: 'story.finale.sev1.title',
      bodyKey: 'story.finale.sev1.body',
      defaultOptionId: 'call-constraint',
      options: [
        {
          id: 'call-constraint',
          labelKey: 'story.finale.sev1.callConstraint',
          effects: [{ kind: 'incident', outage: true, effortHours: 6, needsConstraint: true }],
        },
        {
          id: 'use-runbook',
          labelKey: 'story.finale.sev1.useRunbook',
          effects: [{ kind: 'incident', outage: true, effortHours: 8, needsConstraint: false }],
        },
      ],
    },
    {
      id: 'auditor-returns',
      tick: 128,
      titleKey: 'story.finale.auditor.title',
      bodyKey: 'story.finale.auditor.body',
      defaultOptionId: 'reinstate-cab',
      options: [
        {
          id: 'reinstate-cab',
          labelKey: 'story.finale.auditor.reinstateCab',
          effects: [{ kind: 'command', command: { type: 'setChangeApproval', mode: 'cab' } }],
        },
        {
          id: 'show-evidence',
          labelKey: 'story.finale.auditor.showEvidence',
          effects: [{ kind: 'command', command: { type: 'setChangeApproval', mode: 'peer-review' } }],
        },
      ],
    },
  ],
};

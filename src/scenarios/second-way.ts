// Act 2 — The Second Way: feedback. Flow practices are in place; feedback is slow (no telemetry,
// manual tests, a weekly change-approval board). Adds telemetry, test automation, stop-the-line and
// change approval.
import type { Scenario } from '../engine/types';
import {
  BASE_STAFF,
  BASE_TEMPLATES,
  cloneParams,
  INVESTMENT_WORK,
  SECOND_WAY_MECHANICS,
  STATUS_QUO,
} from './common';

export const secondWay: Scenario = {
  id: 'second-way',
  titleKey: 'act.secondWay.title',
  days: 20,
  mechanics: SECOND_WAY_MECHANICS,
  goal: { textKey: 'goal.secondWay', featuresShipped: 12, byDay: 20, maxOutageHours: 25 },
  defaults: {
    ...STATUS_QUO,
    wipLimits: { dev: 4, test: 3, ops: 3 },
    batchSize: 5,
    protectConstraint: true,
    changeApproval: 'cab',
  },
  staff: BASE_STAFF,
  templates: BASE_TEMPLATES,
  investmentWork: INVESTMENT_WORK,
  params: cloneParams({ debt: 0.2 }),
  initialBacklog: { feature: 4, project: 2, change: 3 },
  startingInvestments: [],
  storyBeats: [
    {
      id: 'customers-calling',
      tick: 24,
      titleKey: 'story.secondWay.customersCalling.title',
      bodyKey: 'story.secondWay.customersCalling.body',
      defaultOptionId: 'hire-helpdesk',
      options: [
        {
          id: 'invest-telemetry',
          labelKey: 'story.secondWay.customersCalling.telemetry',
          effects: [{ kind: 'command', command: { type: 'invest', investment: 'telemetry' } }],
        },
        { id: 'hire-helpdesk', labelKey: 'story.secondWay.customersCalling.helpdesk', effects: [] },
      ],
    },
    {
      id: 'big-bang-release',
      tick: 56,
      titleKey: 'story.secondWay.bigBang.title',
      bodyKey: 'story.secondWay.bigBang.body',
      defaultOptionId: 'blame-ops',
      options: [
        {
          id: 'stop-the-line',
          labelKey: 'story.secondWay.bigBang.stopTheLine',
          effects: [{ kind: 'command', command: { type: 'stopTheLine', on: true } }],
        },
        {
          id: 'blame-ops',
          labelKey: 'story.secondWay.bigBang.blame',
          effects: [{ kind: 'add-debt', amount: 0.05 }],
        },
      ],
    },
    {
      id: 'cab-overload',
      tick: 96,
      titleKey: 'story.secondWay.cab.title',
      bodyKey: 'story.secondWay.cab.body',
      defaultOptionId: 'keep-cab',
      options: [
        {
          id: 'peer-review',
          labelKey: 'story.secondWay.cab.peerReview',
          effects: [{ kind: 'command', command: { type: 'setChangeApproval', mode: 'peer-review' } }],
        },
        {
          id: 'keep-cab',
          labelKey: 'story.secondWay.cab.keep',
          effects: [{ kind: 'command', command: { type: 'setChangeApproval', mode: 'cab' } }],
        },
      ],
    },
    {
      id: 'flaky-tests',
      tick: 128,
      titleKey: 'story.secondWay.flakyTests.title',
      bodyKey: 'story.secondWay.flakyTests.body',
      defaultOptionId: 'more-manual-testing',
      options: [
        {
          id: 'automate',
          labelKey: 'story.secondWay.flakyTests.automate',
          effects: [{ kind: 'command', command: { type: 'invest', investment: 'test-automation' } }],
        },
        { id: 'more-manual-testing', labelKey: 'story.secondWay.flakyTests.manual', effects: [] },
      ],
    },
  ],
};

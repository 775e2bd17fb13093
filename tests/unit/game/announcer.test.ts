import { describe, expect, it } from 'vitest';
import { announcementsFor, goalReached } from '../../../src/game/act/announcements';
import { Announcer } from '../../../src/game/act/announcer';

describe('Announcer (the live region pacing)', () => {
  it('says the first message at once, then at most one a second, merging what came in between', () => {
    const a = new Announcer();
    a.push('Incident #4 opened.');
    expect(a.take(0)).toBe('Incident #4 opened.');
    a.push('Release failed.');
    a.push('Incident #9 opened.');
    expect(a.take(400)).toBeNull();
    expect(a.waitMs(400)).toBe(600);
    expect(a.take(1000)).toBe('Release failed. Incident #9 opened.');
    expect(a.take(5000)).toBeNull();
    expect(a.pending).toBe(0);
  });

  it('says a repeated message once and summarises a long burst', () => {
    const a = new Announcer({ maxMerged: 2, more: (n) => `and ${n} more.` });
    for (const m of ['A.', 'A.', 'B.', 'C.', 'D.']) a.push(m);
    expect(a.take(0)).toBe('A. B. and 2 more.');
  });

  it('ignores blank messages', () => {
    const a = new Announcer();
    a.push('   ');
    expect(a.take(0)).toBeNull();
  });
});

describe('announcementsFor (what the live region says)', () => {
  const context = {
    workTypeOf: () => 'change' as const,
    beatTitleKey: (id: string) => (id === 'sev1' ? 'story.firstWay.sev1.title' : null),
  };
  it('names requests, incidents, failed releases and story beats, and nothing else', () => {
    const said = announcementsFor(
      [
        { type: 'item-created', tick: 1, itemId: 17, workType: 'change', place: 'triage' },
        { type: 'item-created', tick: 1, itemId: 18, workType: 'feature', place: 'backlog' },
        { type: 'incident-detected', tick: 2, itemId: 20, detectionHours: 1 },
        { type: 'deploy-failed', tick: 3, releaseId: 2, size: 4, incidentId: 21 },
        { type: 'incident-resolved', tick: 4, itemId: 20, restoreHours: 2.25, outage: true },
        { type: 'story-beat', tick: 5, beatId: 'sev1' },
        { type: 'story-beat', tick: 5, beatId: 'unknown' },
      ],
      context,
    );
    expect(said.map((a) => a.key)).toEqual([
      'request',
      'incidentOpened',
      'releaseFailed',
      'outageResolved',
      'storyBeat',
    ]);
    expect(said[0]?.params).toEqual({ type: 'change', id: 17 });
    expect(said[3]?.params).toEqual({ id: 20, hours: 2.3 });
  });

  it('says the goal once, when it is reached', () => {
    expect(goalReached({ featuresShipped: 10, target: 11 }, { featuresShipped: 11, target: 11 })).toBe(true);
    expect(goalReached({ featuresShipped: 11, target: 11 }, { featuresShipped: 12, target: 11 })).toBe(false);
  });
});

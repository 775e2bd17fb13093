// What the live region says about the act: the news a screen reader user needs to play, read from
// the engine's events (never from the canvas). Pure: the caller translates the keys and paces them
// through the Announcer.
import type { SimEvent, WorkType } from '../../engine';

export interface Announcement {
  /** i18n key under `mirror.say`. */
  key: string;
  params: Record<string, string | number>;
}

export interface AnnouncementContext {
  /** The work type of an item, for its name ("Change #17"). */
  workTypeOf: (itemId: number) => WorkType | null;
  /** A story beat's title key. */
  beatTitleKey: (beatId: string) => string | null;
}

/** The announcements for one batch of engine events, in the order they happened. */
export function announcementsFor(events: readonly SimEvent[], context: AnnouncementContext): Announcement[] {
  const said: Announcement[] = [];
  for (const event of events) {
    switch (event.type) {
      case 'item-created':
        if (event.place === 'triage')
          said.push({ key: 'request', params: { type: event.workType, id: event.itemId } });
        break;
      case 'incident-detected':
        said.push({ key: 'incidentOpened', params: { id: event.itemId } });
        break;
      case 'incident-resolved':
        said.push({
          key: event.outage ? 'outageResolved' : 'incidentResolved',
          params: { id: event.itemId, hours: Math.round(event.restoreHours * 10) / 10 },
        });
        break;
      case 'deploy-failed':
        said.push({ key: 'releaseFailed', params: { count: event.size, id: event.incidentId } });
        break;
      case 'story-beat': {
        const titleKey = context.beatTitleKey(event.beatId);
        if (titleKey) said.push({ key: 'storyBeat', params: { titleKey } });
        break;
      }
      default:
        break;
    }
  }
  return said;
}

export interface GoalSnapshot {
  featuresShipped: number;
  target: number;
}

/** The goal is announced once, as it is reached. */
export function goalReached(before: GoalSnapshot, after: GoalSnapshot): boolean {
  return before.featuresShipped < before.target && after.featuresShipped >= after.target;
}

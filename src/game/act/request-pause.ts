import type { ScenarioId, SimEvent } from '../../engine';
import type { PauseOnRequest } from '../../platform/settings';

/** Whether these events bring a request to triage (a new one, or a deferred one back). */
export function requestArrived(events: readonly SimEvent[]): boolean {
  return events.some(
    (event) =>
      (event.type === 'item-created' && event.place === 'triage') ||
      (event.type === 'item-moved' && event.to === 'triage'),
  );
}

/** Whether the "pause when a request arrives" setting applies to this act. */
export function pausesOnRequest(setting: PauseOnRequest, scenarioId: ScenarioId): boolean {
  return setting === 'always' || (setting === 'first-way' && scenarioId === 'first-way');
}

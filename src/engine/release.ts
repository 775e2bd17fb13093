// Release phase: approval (peer review always; a change-approval board on top, if chosen), releases
// of the approved changes by batch size or cadence, and what a release does in production.
import { addDebt, finishItem, openIncident, rollChance, sampleRange } from './items';
import { nextFloat, powInt } from './rng';
import type { SimEvent, SimState, WorkItem } from './types';

export function approveAndRelease(state: SimState, tick: number, events: SimEvent[]): void {
  const params = state.params;
  const waiting = state.places.release;
  const cabMeets = tick % 40 === params.cabMeetingHour;
  let approved = 0;
  for (const id of waiting) {
    const item = state.items[id]!;
    if (item.releaseId !== null) continue;
    if (!item.approved) {
      if (state.settings.changeApproval === 'peer-review') {
        item.approved = true; // reviewed by a peer at the end of Dev already
      } else if (cabMeets) {
        // Why (Accelerate): a board far from the code rarely spots defects; what it does is batch changes.
        let found = 0;
        for (let d = 0; d < item.hiddenDefects; d++) if (rollChance(state, params.cabDetection)) found++;
        if (found > 0) {
          item.hiddenDefects -= found;
          item.foundDefects += found;
          for (let d = 0; d < found; d++)
            events.push({ type: 'defect-found', tick, itemId: id, where: 'cab' });
          continue; // sent back: fixed, then it waits for next week's board
        }
        item.approved = true;
      }
      if (item.approved && item.blocked === 'awaiting-approval') {
        item.blocked = null;
        events.push({ type: 'item-unblocked', tick, itemId: id });
      }
    }
    if (item.approved) approved++;
  }
  if (state.release !== null || approved === 0) {
    if (approved === 0) state.deployRequested = false;
    return;
  }
  const cadence = state.settings.releaseCadenceHours;
  const due =
    approved >= state.settings.batchSize ||
    state.deployRequested ||
    (cadence !== null && tick - state.lastReleaseAt >= cadence);
  if (!due) return;
  startRelease(state, tick, events);
}

export function startRelease(state: SimState, tick: number, events: SimEvent[]): void {
  const itemIds: number[] = [];
  for (const id of state.places.release) {
    const item = state.items[id]!;
    if (item.approved && item.releaseId === null) itemIds.push(id);
  }
  const releaseId = state.nextReleaseId++;
  for (const id of itemIds) state.items[id]!.releaseId = releaseId;
  const params = state.params;
  // Why (Reinertsen): every release pays a fixed transaction cost — preparing, coordinating and running
  // the deploy — plus a little per change. Automation makes the transaction nearly free.
  const effort = state.deployAutomation
    ? params.automationDeployEffort
    : params.deployTransactionHours + params.deployHoursPerChange * itemIds.length;
  state.release = { id: releaseId, itemIds, startedAt: tick, remaining: effort, deployerId: null };
  state.deployRequested = false;
  events.push({ type: 'release-started', tick, releaseId, itemIds: itemIds.slice() });
}

/** The release's items reach Live; the defects nobody found go with them and surface later as incidents. */
function ship(state: SimState, items: WorkItem[], releaseId: number, done: number, events: SimEvent[]): void {
  const params = state.params;
  for (const item of items) {
    for (let d = 0; d < item.hiddenDefects; d++) {
      events.push({ type: 'defect-escaped', tick: done, itemId: item.id, releaseId });
      state.scheduledEscapes.push({
        tick: done + Math.round(sampleRange(state, 'outcomes', params.escapeDelay)),
        itemId: item.id,
        releaseId,
        outage: rollChance(state, params.escapedDefectOutageChance),
      });
      // Why: a defect found in production is patched in a hurry — late testing leaves debt behind.
      addDebt(state, params.debtPerEscapedDefect);
    }
    item.hiddenDefects = 0;
    finishItem(state, item, done, events);
  }
}

export function finishRelease(state: SimState, tick: number, events: SimEvent[]): void {
  const release = state.release!;
  state.release = null;
  state.lastReleaseAt = tick;
  const params = state.params;
  const items = release.itemIds.map((id) => state.items[id]!);
  const size = items.length;
  // Why: integration risk — changes tested one by one still interact once released together. Each
  // change brings an integration defect with a chance that grows with the number of other changes in
  // the release; like any defect, it breaks the deploy or escapes to Live. Per change, big releases
  // therefore fail more than small ones.
  const integration = Math.min(0.5, params.integrationRiskPerChange * Math.max(0, size - 1));
  let defects = 0;
  for (const item of items) {
    if (integration > 0 && rollChance(state, integration)) item.hiddenDefects++;
    defects += item.hiddenDefects;
  }
  const risk = state.deployAutomation ? params.automationDeployRisk : params.deployRiskPerChange;
  const pChangesOk = powInt(1 - risk, size);
  const pDefectsOk = powInt(1 - params.defectBreaksReleaseChance, defects);
  const pOk = pChangesOk * pDefectsOk;
  const done = tick + 1;
  // Why: big merges are made in a hurry and integrated by hand — they leave debt behind.
  addDebt(state, params.debtPerReleaseChange * Math.max(0, size - 1));
  if (nextFloat(state, 'outcomes') >= pOk) {
    // The failure's cause: a defect (then diagnosis finds it) or the changes' interaction.
    const byDefect = nextFloat(state, 'outcomes') < (1 - pDefectsOk) / (1 - pOk);
    if (byDefect) {
      const culprit = items.find((item) => item.hiddenDefects > 0);
      if (culprit) {
        culprit.hiddenDefects--;
        culprit.foundDefects++;
      }
    }
    const telemetry = state.telemetry ? params.telemetryDiagnosisFactor : 1;
    const incident = openIncident(
      state,
      {
        tick: done,
        cause: 'failed-release',
        outage: true,
        // With deploy automation a bad release is rolled back by the pipeline, by anyone. By hand,
        // diagnosing means searching all its changes — bigger batches take longer.
        effortHours: state.deployAutomation
          ? params.automatedRollbackHours
          : (params.diagnoseBaseHours + params.diagnoseHoursPerChange * size) * telemetry,
        needsConstraint: !state.runbooks && !state.deployAutomation,
        brokenReleaseId: release.id,
        causedByReleaseId: release.id,
      },
      events,
    );
    events.push({ type: 'deploy-failed', tick: done, releaseId: release.id, size, incidentId: incident.id });
    for (const item of items) {
      // The other defects stay in the code: nobody looked for them.
      item.blocked = 'awaiting-fix';
      events.push({ type: 'item-blocked', tick: done, itemId: item.id, reason: 'awaiting-fix' });
    }
    return;
  }
  events.push({ type: 'deployed', tick: done, releaseId: release.id, size, redeploy: false });
  ship(state, items, release.id, done, events);
}

/** A failed release, once its incident is resolved, goes out again with the fix: a new deployment. */
export function redeployFixedRelease(
  state: SimState,
  releaseId: number,
  done: number,
  events: SimEvent[],
): void {
  const items: WorkItem[] = [];
  for (const id of state.places.release) {
    const item = state.items[id]!;
    if (item.releaseId === releaseId) items.push(item);
  }
  if (items.length === 0) return;
  events.push({ type: 'deployed', tick: done, releaseId, size: items.length, redeploy: true });
  for (const item of items) events.push({ type: 'item-unblocked', tick: done, itemId: item.id });
  ship(state, items, releaseId, done, events);
}

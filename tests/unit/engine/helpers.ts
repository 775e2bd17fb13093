import { PLACES, type SimEvent, type SimState } from '../../../src/engine/index';

/** Problems with a state's invariants (empty when all hold). */
export function invariantViolations(state: SimState): string[] {
  const problems: string[] = [];
  const seen = new Map<number, string>();
  for (const place of PLACES) {
    for (const id of state.places[place]) {
      if (seen.has(id)) problems.push(`item ${id} in ${seen.get(id)} and ${place}`);
      seen.set(id, place);
      const item = state.items[id];
      if (!item) problems.push(`unknown item ${id} in ${place}`);
      else if (item.place !== place) problems.push(`item ${id} says ${item.place}, listed in ${place}`);
    }
  }
  for (const item of state.items) {
    if (!seen.has(item.id)) problems.push(`item ${item.id} is nowhere`);
    if (item.remaining < 0) problems.push(`item ${item.id} remaining ${item.remaining}`);
    if (item.createdAt < 0 || item.createdAt > state.tick)
      problems.push(`item ${item.id} createdAt ${item.createdAt}`);
    for (const [place, at] of Object.entries(item.enteredAt)) {
      if (at < item.createdAt) problems.push(`item ${item.id} entered ${place} before creation`);
    }
    for (const [place, at] of Object.entries(item.leftAt)) {
      const entered = item.enteredAt[place as keyof typeof item.enteredAt];
      if (entered === undefined || at < 0) problems.push(`item ${item.id} left ${place} oddly`);
    }
    if (item.hiddenDefects < 0 || item.foundDefects < 0) problems.push(`item ${item.id} negative defects`);
    for (const staffId of item.assignees) {
      if (!state.staff[staffId]?.holding.includes(item.id))
        problems.push(`item ${item.id} assignee ${staffId} mismatch`);
    }
  }
  for (const person of state.staff) {
    for (const id of person.holding) {
      if (!state.items[id]?.assignees.includes(person.id))
        problems.push(`staff ${person.id} holds ${id} one-sidedly`);
    }
    if (new Set(person.holding).size !== person.holding.length)
      problems.push(`staff ${person.id} holds duplicates`);
  }
  walkNumbers(state, 'state', problems);
  return problems;
}

function walkNumbers(value: unknown, path: string, problems: string[]): void {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) problems.push(`${path} is ${value}`);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => {
      walkNumbers(v, `${path}[${i}]`, problems);
    });
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) walkNumbers(v, `${path}.${k}`, problems);
  }
}

/** Durations carried by events must never be negative or NaN. */
export function eventViolations(events: readonly SimEvent[]): string[] {
  const problems: string[] = [];
  let lastTick = 0;
  for (const e of events) {
    if (!Number.isFinite(e.tick) || e.tick < 0) problems.push(`${e.type} at tick ${e.tick}`);
    if (e.type === 'hour') {
      if (e.tick < lastTick) problems.push(`hour ${e.tick} after ${lastTick}`);
      lastTick = e.tick;
    }
    for (const key of [
      'leadTimeHours',
      'cycleTimeHours',
      'detectionHours',
      'restoreHours',
      'waitedHours',
    ] as const) {
      const v = (e as unknown as Record<string, unknown>)[key];
      if (v !== undefined && !(typeof v === 'number' && Number.isFinite(v) && v >= 0)) {
        problems.push(`${e.type}.${key} = ${String(v)}`);
      }
    }
  }
  return problems;
}

export function mean(values: (number | null)[]): number {
  const present = values.filter((v): v is number => v !== null);
  return present.reduce((a, b) => a + b, 0) / Math.max(1, present.length);
}

export function seeds(count: number, from = 1): number[] {
  return Array.from({ length: count }, (_, i) => from + i);
}

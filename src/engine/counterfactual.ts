// Counterfactual replays: the player's own run, with one practice changed from the first hour. Used by
// the practice points (each practice undone) and the debrief's what-ifs (a practice adopted).
//
// Two things keep the comparison honest:
// - Items are matched by what they are, not by their number. A different course creates different
//   incidents and improvement items, so item numbers shift; a triage, pull or assign aimed at "the
//   second feature that arrived at hour 12" goes to that same request in the replay (arrivals do not
//   depend on the player's choices), and a command aimed at an item the replay never has is skipped.
// - Story choices follow the change: a story option that would re-apply what the change removes is
//   answered with the beat's other option (its default when it can), and a default that would
//   re-apply it is answered explicitly.
import { advance, createRun, dispatch, type ReplayResult, type Run, type RunLog, replayLog } from './run';
import type { Command, Scenario, SimState, WorkItem } from './types';
import { ENGINE_VERSION } from './version';

export interface Counterfactual {
  /** Commands of the log that set what the counterfactual changes: they are left out. */
  drops(command: Command): boolean;
  /** Commands given at hour 0, before any of the log's (the changed setting). */
  initial: Command[];
}

/** Which item a command aims at, in terms that survive a different course: creation hour, type, kind, rank. */
function itemKey(item: WorkItem, rank: number): string {
  return `${item.createdAt}:${item.type}:${item.kind ?? ''}:${rank}`;
}

/** Keys every item of a state (rank = order among items with the same hour, type and kind). */
class ItemKeys {
  private readonly keyById: string[] = [];
  private readonly idByKey = new Map<string, number>();
  private readonly ranks = new Map<string, number>();

  /** Brings the map up to date with the items created so far. */
  update(state: SimState): void {
    for (let id = this.keyById.length; id < state.items.length; id++) {
      const item = state.items[id]!;
      const group = `${item.createdAt}:${item.type}:${item.kind ?? ''}`;
      const rank = this.ranks.get(group) ?? 0;
      this.ranks.set(group, rank + 1);
      const key = itemKey(item, rank);
      this.keyById.push(key);
      this.idByKey.set(key, id);
    }
  }

  key(id: number): string | undefined {
    return this.keyById[id];
  }

  id(key: string): number | undefined {
    return this.idByKey.get(key);
  }
}

/**
 * Whether a command re-applies what the change removes: it is of a kind the change drops, and it is not
 * one of the change's own settings (choosing "keep the board" re-applies nothing when the board is the
 * change).
 */
export function reapplies(command: Command, change: Counterfactual): boolean {
  if (!change.drops(command)) return false;
  const text = JSON.stringify(command);
  return !change.initial.some((c) => JSON.stringify(c) === text);
}

/** A story option re-applies the change when one of its command effects does. */
function optionReapplies(
  scenario: Scenario,
  beatId: string,
  optionId: string,
  change: Counterfactual,
): boolean {
  const beat = scenario.storyBeats.find((b) => b.id === beatId);
  const option = beat?.options.find((o) => o.id === optionId);
  return (
    option?.effects.some((effect) => effect.kind === 'command' && reapplies(effect.command, change)) ?? false
  );
}

/** The option to give instead: the beat's default if it does not re-apply the change, else the first that does not. */
function alternativeOption(scenario: Scenario, beatId: string, change: Counterfactual): string | null {
  const beat = scenario.storyBeats.find((b) => b.id === beatId);
  if (!beat) return null;
  if (!optionReapplies(scenario, beatId, beat.defaultOptionId, change)) return beat.defaultOptionId;
  return beat.options.find((o) => !optionReapplies(scenario, beatId, o.id, change))?.id ?? null;
}

/** The counterfactual's command list, before item numbers are translated. */
export function counterfactualCommands(
  log: RunLog,
  scenario: Scenario,
  change: Counterfactual,
): [number, Command][] {
  const commands: [number, Command][] = change.initial.map((command): [number, Command] => [
    0,
    JSON.parse(JSON.stringify(command)) as Command,
  ]);
  const answered = new Set<string>();
  for (const [tick, command] of log.commands) {
    if (command.type === 'chooseStoryOption') {
      answered.add(command.beatId);
      if (optionReapplies(scenario, command.beatId, command.optionId, change)) {
        const instead = alternativeOption(scenario, command.beatId, change);
        if (instead !== null) commands.push([tick, { ...command, optionId: instead }]);
        continue;
      }
    } else if (change.drops(command)) {
      continue;
    }
    commands.push([tick, command]);
  }
  // Beats the player left to their default, where the default would re-apply the change: answer them
  // with the alternative an hour after they open (the earliest a player could).
  const endTick = Math.round((log.days ?? scenario.days) * 8);
  for (const beat of scenario.storyBeats) {
    if (answered.has(beat.id) || beat.tick + 1 >= endTick) continue;
    if (!optionReapplies(scenario, beat.id, beat.defaultOptionId, change)) continue;
    const instead = alternativeOption(scenario, beat.id, change);
    if (instead !== null)
      commands.push([beat.tick + 1, { type: 'chooseStoryOption', beatId: beat.id, optionId: instead }]);
  }
  // Stable sort by tick keeps the log's order within an hour.
  return commands
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => a.entry[0] - b.entry[0] || a.index - b.index)
    .map(({ entry }) => entry);
}

function aimedItem(command: Command): number | null {
  return command.type === 'triage' ||
    command.type === 'pull' ||
    command.type === 'assign' ||
    command.type === 'respondToIncident'
    ? command.itemId
    : null;
}

/**
 * Replays `log` with `change` applied. `original` is the player's run of that log (replayed here when
 * not given); it tells what each aimed-at item was. Lenient: commands the new course makes impossible
 * are skipped, as a player would have had to.
 */
export function replayCounterfactual(
  log: RunLog,
  findScenario: (id: string) => Scenario | undefined,
  change: Counterfactual,
  original?: Run,
): ReplayResult {
  if (log.engineVersion !== ENGINE_VERSION) {
    return { ok: false, reason: 'engine-version-mismatch', detail: String(log.engineVersion) };
  }
  const scenario = findScenario(log.scenarioId);
  if (!scenario) return { ok: false, reason: 'unknown-scenario', detail: String(log.scenarioId) };
  let source = original;
  if (!source) {
    const replay = replayLog(log, findScenario, { lenient: true });
    if (!replay.ok) return replay;
    source = replay.run;
  }
  const originalKeys = new ItemKeys();
  originalKeys.update(source.state);
  const commands = counterfactualCommands(log, scenario, change);
  const run = createRun({ scenario, seed: log.seed, days: log.days, demand: log.demand });
  const keys = new ItemKeys();
  let next = 0;
  while (run.state.tick < run.state.endTick) {
    while (next < commands.length && commands[next]![0] <= run.state.tick) {
      let command = commands[next]![1];
      next++;
      const aimed = aimedItem(command);
      if (aimed !== null) {
        keys.update(run.state);
        const key = originalKeys.key(aimed);
        const id = key === undefined ? undefined : keys.id(key);
        if (id === undefined) continue; // that item never exists on this course
        command = { ...command, itemId: id } as Command;
      }
      dispatch(run, command);
    }
    advance(run);
  }
  return { ok: true, run };
}

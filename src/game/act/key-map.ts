import type { Command, SimState } from '../../engine';
import type { Speed } from './act-session';

export type TriageDecision = 'accept' | 'defer' | 'reject';

/** What a key asks the act to do; the act scene carries it out (this module holds no scene). */
export type KeyAction =
  | { kind: 'help' }
  | { kind: 'back' }
  | { kind: 'togglePause' }
  | { kind: 'speed'; speed: Exclude<Speed, 0 | 'max'> }
  | { kind: 'triage'; decision: TriageDecision }
  | { kind: 'command'; command: Command };

/** Every key of the act with its help text, in the order the help overlay lists them (opened with ?). */
export const ACT_KEYS = [
  ['Space', 'help.pause'],
  ['1 / 2 / 3', 'help.speed'],
  ['A / S / R', 'help.triage'],
  ['D', 'help.deploy'],
  ['[ / ]', 'help.batch'],
  ['F', 'help.freeze'],
  ['P', 'help.protect'],
  ['L', 'help.stopLine'],
  ['Tab / ← →', 'help.focus'],
  ['Enter', 'help.activate'],
  ['M', 'help.mute'],
  ['?', 'help.help'],
  ['Esc', 'help.leave'],
] as const;

/** Keys that work whatever is open (help, leaving); the others only reach an unobstructed board. */
export function isGlobalKey(action: KeyAction): boolean {
  return action.kind === 'help' || action.kind === 'back';
}

/** The action of a key (`KeyboardEvent.key`) in the given state, or null when the key means nothing. */
export function keyAction(key: string, state: SimState): KeyAction | null {
  const settings = state.settings;
  switch (key.toLowerCase()) {
    case '?':
      return { kind: 'help' };
    case 'escape':
      return { kind: 'back' };
    case ' ':
      return { kind: 'togglePause' };
    case '1':
      return { kind: 'speed', speed: 1 };
    case '2':
      return { kind: 'speed', speed: 2 };
    case '3':
      return { kind: 'speed', speed: 4 };
    case 'a':
      return { kind: 'triage', decision: 'accept' };
    case 's':
      return { kind: 'triage', decision: 'defer' };
    case 'r':
      return { kind: 'triage', decision: 'reject' };
    case 'd':
      return { kind: 'command', command: { type: 'deploy' } };
    case '[':
      return { kind: 'command', command: { type: 'setBatchSize', size: settings.batchSize - 1 } };
    case ']':
      return { kind: 'command', command: { type: 'setBatchSize', size: settings.batchSize + 1 } };
    case 'f':
      return { kind: 'command', command: { type: 'projectFreeze', on: !settings.projectFreeze } };
    case 'p':
      return { kind: 'command', command: { type: 'protectConstraint', on: !settings.protectConstraint } };
    case 'l':
      return { kind: 'command', command: { type: 'stopTheLine', on: !settings.stopTheLine } };
    default:
      return null;
  }
}

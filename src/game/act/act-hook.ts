import type { Command, CommandResult, ScenarioId } from '../../engine';
import type { PracticeResult } from '../../scoring';
import type { ActSession, Speed } from './act-session';
import type { Insights } from './board-insights';

/** What the test hook may do with the running act (registered by the act scene while it runs). */
export interface ActHookTarget {
  scenarioId: ScenarioId;
  session(): ActSession;
  setSpeed(speed: Speed): void;
  dispatch(command: Command): CommandResult;
  /** Where a card is, in design coordinates (for real clicks in tests). */
  cardCenter(id: number): { x: number; y: number } | null;
  /** The finished act's result code (null before the end). */
  resultCode?(): string | null;
  /** The finished act's practice points, as its results panel shows them (null before the end). */
  practices?(): PracticeResult[] | null;
  /** Runs this many working hours now, each shown on the board as it would be at speed. */
  advanceHours?(hours: number): void;
  /** The board's trends, change markers and the message shown (note or coach hint). */
  insights?(): Insights;
}

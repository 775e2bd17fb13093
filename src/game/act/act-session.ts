import {
  advance,
  type Command,
  type CommandResult,
  computeMetrics,
  createRun,
  dispatch,
  isFinished,
  type Metrics,
  type Policy,
  policyCommands,
  type Run,
  type RunLog,
  replayLog,
  type Scenario,
  type SimEvent,
} from '../../engine';
import { getScenario } from '../../scenarios';
import type { Disposable } from '../services';
import { MS_PER_TICK_AT_1X, type Speed } from './act-clock';

export { MS_PER_TICK_AT_1X, type Speed };

/** At 'max', at most this many ticks per frame, so the page keeps drawing. */
const MAX_TICKS_PER_FRAME = 40;

export interface ActUpdate {
  events: SimEvent[];
  /** The commands this update dispatched (the policy bot's), already in the log. */
  finished: boolean;
}

/**
 * One act being played: the engine run, the real-time clock that paces it, and the player's commands.
 * It holds no rules — the engine decides everything; this only decides *when* the next hour runs.
 */
export class ActSession {
  readonly scenario: Scenario;
  readonly run: Run;
  private speedValue: Speed = 1;
  private carriedMs = 0;
  private policy: Policy | null = null;
  private metricsCache: { tick: number; events: number; metrics: Metrics } | null = null;
  private readonly listeners = new Set<(events: readonly SimEvent[]) => void>();

  private constructor(scenario: Scenario, run: Run) {
    this.scenario = scenario;
    this.run = run;
  }

  static start(scenario: Scenario, seed: number): ActSession {
    return new ActSession(scenario, createRun({ scenario, seed }));
  }

  /**
   * Rebuilds a saved act by replaying its log up to the saved hour; null when the log cannot be
   * replayed (another engine version, a tampered or truncated save).
   */
  static resume(log: RunLog, tick: number): ActSession | null {
    const scenario = getScenario(log.scenarioId);
    if (!scenario) return null;
    const replay = replayLog(log, getScenario, tick);
    if (!replay.ok || replay.run.state.tick !== tick) return null;
    // replayLog stops before dispatching the commands given at the saved hour itself.
    const session = new ActSession(scenario, replay.run);
    const pending = log.commands.filter(([at]) => at === tick);
    if (replay.run.log.commands.length + pending.length !== log.commands.length) return null;
    for (const [, command] of pending) {
      if (!dispatch(session.run, command).ok) return null;
    }
    return session;
  }

  get speed(): Speed {
    return this.speedValue;
  }

  set speed(speed: Speed) {
    this.speedValue = speed;
    this.carriedMs = 0;
  }

  get finished(): boolean {
    return isFinished(this.run.state);
  }

  get tick(): number {
    return this.run.state.tick;
  }

  get log(): RunLog {
    return this.run.log;
  }

  /** Lets the policy bot drive from now on, exactly as the CLI's loop does. */
  drivePolicy(policy: Policy): void {
    this.policy = policy;
  }

  get policyDriven(): boolean {
    return this.policy !== null;
  }

  dispatch(command: Command): CommandResult {
    const result = dispatch(this.run, command);
    if (result.ok) this.emit(result.events);
    return result;
  }

  /** Metrics from the events so far (cached per tick and event count). */
  metrics(): Metrics {
    const cache = this.metricsCache;
    if (cache && cache.tick === this.tick && cache.events === this.run.events.length) return cache.metrics;
    const metrics = computeMetrics(this.run.events);
    this.metricsCache = { tick: this.tick, events: this.run.events.length, metrics };
    return metrics;
  }

  /**
   * Advances simulated time for `elapsedMs` of real time at the current speed; `paused` holds the
   * clock (a story card is open). Returns the events of the hours that ran.
   */
  update(elapsedMs: number, paused = false): SimEvent[] {
    if (this.finished || paused || this.speedValue === 0) return [];
    let ticks: number;
    if (this.speedValue === 'max') {
      ticks = MAX_TICKS_PER_FRAME;
    } else {
      const msPerTick = MS_PER_TICK_AT_1X / this.speedValue;
      this.carriedMs += Math.min(elapsedMs, 1000);
      ticks = Math.floor(this.carriedMs / msPerTick);
      this.carriedMs -= ticks * msPerTick;
    }
    const events: SimEvent[] = [];
    for (let i = 0; i < ticks && !this.finished; i++) events.push(...this.stepOnce());
    if (events.length > 0) this.emit(events);
    return events;
  }

  /** Runs `hours` working hours now, telling listeners after each one (the test hook's fast forward). */
  runHours(hours: number): void {
    for (let i = 0; i < hours && !this.finished; i++) {
      const events = this.stepOnce();
      if (events.length > 0) this.emit(events);
    }
  }

  /** Runs one working hour now (the policy bot's commands first, as in the CLI). */
  stepOnce(): SimEvent[] {
    if (this.finished) return [];
    const events: SimEvent[] = [];
    if (this.policy) {
      for (const command of policyCommands(this.run.state, this.policy)) {
        const result = dispatch(this.run, command);
        if (result.ok) events.push(...result.events);
      }
    }
    events.push(...advance(this.run));
    return events;
  }

  /** Progress through the current hour at the current speed, 0–1 (for smooth clocks). */
  get hourProgress(): number {
    if (this.speedValue === 0 || this.speedValue === 'max') return 0;
    return Math.min(1, this.carriedMs / (MS_PER_TICK_AT_1X / this.speedValue));
  }

  subscribe(listener: (events: readonly SimEvent[]) => void): Disposable {
    this.listeners.add(listener);
    return { close: () => this.listeners.delete(listener) };
  }

  private emit(events: readonly SimEvent[]): void {
    for (const listener of [...this.listeners]) listener(events);
  }
}

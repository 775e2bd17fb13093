// Pure scoring and DORA bands (imports engine types only).
export * from './dora';
export { type ActScore, ramp, type ScoreComponent, type ScoreFact, scoreAct } from './score';
export * from './weights';

// Pure scoring and DORA bands (imports engine types only).
export * from './dora';
export {
  PRACTICE_SPECS,
  PRACTICES,
  type PracticeName,
  type PracticePointsOptions,
  type PracticeResult,
  practicePoints,
  practiceRecord,
  practicesOf,
} from './practices';
export { type ActScore, ramp, type ScoreComponent, type ScoreFact, scoreAct } from './score';
export * from './weights';

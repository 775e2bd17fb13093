// Validation of run logs from outside (saves, result codes pasted into the facilitator page). A log
// that passes is well-formed; whether its commands still apply is for `replayLog` to say.
import * as v from 'valibot';
import type { RunLog } from './run';
import { INVESTMENTS } from './types';

const id = v.pipe(v.number(), v.integer(), v.minValue(0));
const stage = v.picklist(['dev', 'test', 'ops']);

export const CommandSchema = v.variant('type', [
  v.strictObject({
    type: v.literal('setWipLimit'),
    stage,
    limit: v.nullable(v.pipe(v.number(), v.integer())),
  }),
  v.strictObject({ type: v.literal('setBatchSize'), size: v.pipe(v.number(), v.integer()) }),
  v.strictObject({
    type: v.literal('setReleaseCadence'),
    hours: v.nullable(v.pipe(v.number(), v.integer())),
  }),
  v.strictObject({ type: v.literal('pull'), itemId: id }),
  v.strictObject({ type: v.literal('assign'), itemId: id, staffId: id }),
  v.strictObject({ type: v.literal('deploy') }),
  v.strictObject({
    type: v.literal('triage'),
    itemId: id,
    decision: v.picklist(['accept', 'defer', 'reject']),
  }),
  v.strictObject({ type: v.literal('holdTriage'), on: v.boolean() }),
  v.strictObject({ type: v.literal('projectFreeze'), on: v.boolean() }),
  v.strictObject({ type: v.literal('protectConstraint'), on: v.boolean() }),
  v.strictObject({ type: v.literal('stopTheLine'), on: v.boolean() }),
  v.strictObject({ type: v.literal('invest'), investment: v.picklist(INVESTMENTS) }),
  v.strictObject({ type: v.literal('setImprovementShare'), share: v.pipe(v.number(), v.finite()) }),
  v.strictObject({ type: v.literal('setChangeApproval'), mode: v.picklist(['cab', 'peer-review']) }),
  v.strictObject({
    type: v.literal('chooseStoryOption'),
    beatId: v.pipe(v.string(), v.maxLength(100)),
    optionId: v.pipe(v.string(), v.maxLength(100)),
  }),
]);

export const RunLogSchema = v.strictObject({
  engineVersion: v.pipe(v.string(), v.maxLength(100)),
  scenarioId: v.picklist(['first-way', 'second-way', 'third-way', 'finale']),
  seed: v.pipe(v.number(), v.integer()),
  days: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000))),
  demand: v.pipe(v.number(), v.minValue(0), v.maxValue(10)),
  commands: v.pipe(v.array(v.tuple([id, CommandSchema])), v.maxLength(100_000)),
});

export type RunLogParseResult = { ok: true; log: RunLog } | { ok: false; field: string; message: string };

export function parseRunLog(input: unknown): RunLogParseResult {
  const result = v.safeParse(RunLogSchema, input);
  if (result.success) return { ok: true, log: result.output as RunLog };
  const issue = result.issues[0];
  return { ok: false, field: v.getDotPath(issue) ?? 'log', message: issue.message };
}

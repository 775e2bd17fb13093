// The words of the board's cause-and-effect messages: a change note ("Since Dev WIP 3 on day 4: …")
// and a coach hint with its lever and its Way. Numbers come from the pure modules; this only words them.
import type { BoardMessage } from '../../act/board-insights';
import type { ChangeNote, NoteFigure } from '../../act/change-notes';
import type { CoachHint, Lever, Way } from '../../act/coach-hints';
import type { PolicySetting } from '../../act/trends';
import type { WidgetHost } from '../../scenes/base-scene';
import { formatHours } from './hud';

/** The most settings a note names before "and N more". */
const NAMED_SETTINGS = 2;

export interface MessageWords {
  heading: string;
  body: string;
  /** The lever and the Way, for a hint. */
  lever: string | null;
}

const WAY_KEYS: Record<Way, string> = { first: 'firstWay', second: 'secondWay', third: 'thirdWay' };

function stageName(host: WidgetHost, stage: string): string {
  return host.t(`board.stages.${stage}`);
}

export function settingWords(host: WidgetHost, setting: PolicySetting, constraintName: string): string {
  switch (setting.kind) {
    case 'wipLimit':
      return setting.limit === null
        ? host.t('cause.setting.wipLimitNone', { stage: stageName(host, setting.stage) })
        : host.t('cause.setting.wipLimit', { stage: stageName(host, setting.stage), limit: setting.limit });
    case 'batchSize':
      return host.t('cause.setting.batchSize', { count: setting.size });
    case 'releaseCadence':
      return setting.hours === null
        ? host.t('cause.setting.cadenceNone')
        : host.t('cause.setting.cadence', { every: formatHours(host, setting.hours) });
    case 'projectFreeze':
      return host.t(setting.on ? 'cause.setting.freezeOn' : 'cause.setting.freezeOff');
    case 'protectConstraint':
      return host.t(setting.on ? 'cause.setting.protectOn' : 'cause.setting.protectOff', {
        name: constraintName,
      });
    case 'stopTheLine':
      return host.t(setting.on ? 'cause.setting.stopTheLineOn' : 'cause.setting.stopTheLineOff');
    case 'improvementShare':
      return host.t('cause.setting.improvementShare', {
        percent: host.formatNumber(setting.share, { style: 'percent', maximumFractionDigits: 0 }),
      });
    case 'changeApproval':
      return host.t(setting.mode === 'cab' ? 'cause.setting.approvalBoard' : 'cause.setting.approvalPeers');
    case 'investment':
      return host.t(
        setting.phase === 'live' ? 'cause.setting.investmentLive' : 'cause.setting.investmentStarted',
        {
          investment: host.t(`investments.${setting.investment}`),
        },
      );
  }
}

function figureValue(host: WidgetHost, figure: NoteFigure, value: number): string {
  switch (figure.key) {
    case 'leadTime':
    case 'timeToRestore':
      return formatHours(host, value);
    case 'changeFailureRate':
      return host.formatNumber(value, { style: 'percent', maximumFractionDigits: 0 });
    default:
      return host.formatNumber(value, { maximumFractionDigits: 1 });
  }
}

export function figureWords(host: WidgetHost, figure: NoteFigure): string {
  const after = figureValue(host, figure, figure.after);
  const value =
    figure.before === null
      ? after
      : host.t('cause.note.moved', { before: figureValue(host, figure, figure.before), after });
  return host.t(`cause.figure.${figure.key}`, { value });
}

export function noteWords(host: WidgetHost, note: ChangeNote, constraintName: string): MessageWords {
  const named = note.change.settings
    .slice(0, NAMED_SETTINGS)
    .map((s) => settingWords(host, s, constraintName));
  const more = note.change.settings.length - named.length;
  const changes =
    more > 0 ? `${named.join(', ')} ${host.t('cause.note.more', { count: more })}` : named.join(', ');
  const figures = note.figures.map((figure) => figureWords(host, figure));
  if (note.shippedSince === 0) figures.push(host.t('cause.note.nothingShipped'));
  return {
    heading: host.t('cause.note.heading'),
    body: host.t('cause.note.body', { changes, day: note.day, figures: figures.join(', ') }),
    lever: null,
  };
}

function leverWords(host: WidgetHost, lever: Lever, constraintName: string): string {
  switch (lever.kind) {
    case 'wipLimit':
      return host.t(`cause.lever.wipLimit.${lever.direction}`, { stage: stageName(host, lever.stage) });
    case 'protectConstraint':
      return host.t('cause.lever.protectConstraint', { name: constraintName });
    default:
      return host.t(`cause.lever.${lever.kind}`);
  }
}

export function hintWords(host: WidgetHost, hint: CoachHint, constraintName: string): MessageWords {
  const way = host.t(`acts.${WAY_KEYS[hint.way]}.name`);
  const stage = hint.stage ? stageName(host, hint.stage) : '';
  const body =
    hint.id === 'queue-growing' && (hint.stage === 'dev' || hint.stage === 'release')
      ? host.t(`cause.hint.queue-growing-${hint.stage}`, { count: hint.count })
      : host.t(`cause.hint.${hint.id}`, { count: hint.count, stage, name: constraintName });
  return {
    heading: host.t('cause.hint.heading', { way }),
    body,
    lever: host.t('cause.hint.lever', { lever: leverWords(host, hint.lever, constraintName), way }),
  };
}

export function messageWords(host: WidgetHost, message: BoardMessage, constraintName: string): MessageWords {
  return message.kind === 'note'
    ? noteWords(host, message.note, constraintName)
    : hintWords(host, message.hint, constraintName);
}

import type { Metrics } from '../../../engine';
import type { Translator } from '../../../i18n';
import { formatDuration, formatPerDayValue } from '../../../i18n/format';
import type { ScoreFact } from '../../../scoring';

export const DORA_KEYS = ['deploymentFrequency', 'leadTime', 'changeFailureRate', 'timeToRestore'] as const;

/** Words and numbers for the debrief's DOM layer, in the player's language (Intl does the formatting). */
export interface DebriefFormat {
  readonly language: string;
  t(key: string, options?: Record<string, unknown>): string;
  number(value: number, digits?: number): string;
  /** Any Intl number format, in the player's language. */
  formatNumber(value: number, options?: Intl.NumberFormatOptions): string;
  percent(share: number): string;
  /** Hours under a working day as hours, longer spans as working days (8 h). */
  hours(hours: number | null): string;
  perDay(value: number): string;
}

export function debriefFormat(translator: Translator): DebriefFormat {
  const number = (value: number, digits = 1) =>
    translator.formatNumber(value, { maximumFractionDigits: digits });
  return {
    language: translator.language,
    t: (key, options) => translator.t(key, options),
    number,
    formatNumber: (value, options) => translator.formatNumber(value, options),
    percent: (share) => translator.formatNumber(share, { style: 'percent', maximumFractionDigits: 0 }),
    hours: (hours) => formatDuration(translator, hours),
    perDay: (value) => translator.t('debrief.units.perDay', { value: formatPerDayValue(translator, value) }),
  };
}

export function doraValue(key: (typeof DORA_KEYS)[number], metrics: Metrics, fmt: DebriefFormat): string {
  switch (key) {
    case 'deploymentFrequency':
      return fmt.perDay(metrics.deploymentsPerDay);
    case 'leadTime':
      // Lead time for changes, the median: the HUD tile's and the results panel's number.
      return fmt.hours(metrics.leadTimeForChangesHours.p50);
    case 'changeFailureRate':
      return metrics.changeFailureRate === null ? '–' : fmt.percent(metrics.changeFailureRate);
    case 'timeToRestore':
      return fmt.hours(metrics.mttrHours);
  }
}

/**
 * "1 item", "2.5 items": a counted noun through i18next's plural keys (`words.count.<noun>_one/_other`).
 * The plural follows the number as shown (0.96 shows "1" and reads "1 item").
 */
export function countedPhrase(
  fmt: Pick<DebriefFormat, 't' | 'number'>,
  noun: 'items' | 'changes',
  value: number,
): string {
  const shown = Math.round(value * 10) / 10;
  return fmt.t(`words.count.${noun}`, { count: shown, value: fmt.number(shown) });
}

/** Score measures that are durations: shown like every other duration (hours, or working days). */
const DURATION_MEASURES: ReadonlySet<ScoreFact['measure']> = new Set([
  'leadTime',
  'customerLeadTime',
  'mttd',
  'mttr',
]);

/**
 * A score fact's parameters in the player's format: durations as the HUD shows them, escaped defects per
 * request with 2 decimals, other numbers with 1.
 */
export function factParams(
  fact: ScoreFact,
  fmt: Pick<DebriefFormat, 'number' | 'hours'>,
): Record<string, string> {
  const digits = fact.measure === 'escaped' ? 2 : 1;
  const duration = DURATION_MEASURES.has(fact.measure);
  return Object.fromEntries(
    Object.entries(fact.params).map(([k, v]) => [
      k,
      typeof v !== 'number' ? v : duration ? fmt.hours(v) : fmt.number(v, digits),
    ]),
  );
}

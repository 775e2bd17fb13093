import type { Metrics } from '../../../engine';
import type { Translator } from '../../../i18n';

export const DORA_KEYS = ['deploymentFrequency', 'leadTime', 'changeFailureRate', 'timeToRestore'] as const;

/** Words and numbers for the debrief's DOM layer, in the player's language (Intl does the formatting). */
export interface DebriefFormat {
  readonly language: string;
  t(key: string, options?: Record<string, unknown>): string;
  number(value: number, digits?: number): string;
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
    percent: (share) => translator.formatNumber(share, { style: 'percent', maximumFractionDigits: 0 }),
    hours: (hours) => {
      if (hours === null || !Number.isFinite(hours)) return '–';
      return hours < 8
        ? translator.t('units.hours', { value: number(hours) })
        : translator.t('units.days', { value: number(hours / 8) });
    },
    perDay: (value) => translator.t('debrief.units.perDay', { value: number(value, 2) }),
  };
}

export function doraValue(key: (typeof DORA_KEYS)[number], metrics: Metrics, fmt: DebriefFormat): string {
  switch (key) {
    case 'deploymentFrequency':
      return fmt.perDay(metrics.deploymentsPerDay);
    case 'leadTime':
      return fmt.hours(metrics.leadTimeHours.p50);
    case 'changeFailureRate':
      return metrics.changeFailureRate === null ? '–' : fmt.percent(metrics.changeFailureRate);
    case 'timeToRestore':
      return fmt.hours(metrics.mttrHours);
  }
}

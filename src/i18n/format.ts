// Durations and rates as every screen shows them (HUD, results panel, accessible board, debrief,
// facilitator page): one rule each, so the same number reads the same everywhere.
import { HOURS_PER_DAY } from '../scoring/weights';

/** What formatting needs from a translator (the game's `WidgetHost` and the `Translator` both fit). */
export interface NumberWords {
  t(key: string, options?: Record<string, unknown>): string;
  formatNumber(value: number, options?: Intl.NumberFormatOptions): string;
}

/** The engine's working day: 8 simulated hours (a tick is an hour, a day 8 ticks). */
export const WORKING_DAY_HOURS = HOURS_PER_DAY;

const ONE_DECIMAL: Intl.NumberFormatOptions = { maximumFractionDigits: 1 };

/**
 * A rate per working day (deployment frequency): two significant digits under ten ("0.55", "1.3"),
 * whole numbers from ten up. (The HUD once said "0.6" where the debrief said "0.55".)
 */
export function formatPerDayValue(words: Pick<NumberWords, 'formatNumber'>, perDay: number): string {
  return words.formatNumber(
    perDay,
    Math.abs(perDay) < 10 ? { maximumSignificantDigits: 2 } : { maximumFractionDigits: 0 },
  );
}

/**
 * Simulated hours: "5 h" under a working day, "2.5 d" (working days) from one up; "–" when there is no
 * value yet. The switch happens on the rounded number, so 7.96 h reads "1 d", never "8 h".
 */
export function formatDuration(words: NumberWords, hours: number | null | undefined): string {
  if (hours === null || hours === undefined || !Number.isFinite(hours)) return '–';
  const tenths = Math.round(Math.max(0, hours) * 10) / 10;
  if (tenths < WORKING_DAY_HOURS)
    return words.t('units.hours', { value: words.formatNumber(tenths, ONE_DECIMAL) });
  return words.t('units.days', { value: words.formatNumber(hours / WORKING_DAY_HOURS, ONE_DECIMAL) });
}

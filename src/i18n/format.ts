// Durations as every screen shows them (HUD, results panel, debrief, facilitator page): one rule, so the
// same number reads the same everywhere.
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

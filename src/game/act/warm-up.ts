import type { NumberWords } from '../../i18n/format';
import { type TextRole, textStyle } from '../ui/theme';

/**
 * The text styles an act's board asks for (role and size at 100% text, including the sizes its fitted
 * captions shrink to in English), so their fonts are measured before: a font's first use costs 1–5 ms
 * (measured in Chromium here) however many texts then share it.
 */
const ACT_TEXT_STYLES: readonly [TextRole, readonly number[]][] = [
  ['label', [9, 10, 12, 13, 14, 15, 16, 17, 19]],
  ['caption', [9.5, 10, 11, 11.5, 12, 13, 14]],
  ['body', [13, 14, 15]],
  ['title', [22]],
];

/** The number formats the board shows (durations, rates, percentages, money). */
const NUMBER_FORMATS: readonly Intl.NumberFormatOptions[] = [
  {},
  { maximumFractionDigits: 1 },
  { style: 'percent', maximumFractionDigits: 0 },
  { style: 'currency', currency: 'USD', maximumFractionDigits: 0 },
];

/**
 * Work an act's first build would otherwise do itself, done once when the acts' code arrives (while the
 * Title is shown): the font metrics of the board's text styles, the language's number formatters
 * (the first one loads the locale's data) and plural rules. Only caches are filled — the same ones
 * the build reads — so an act that starts at once loses nothing, and a later one finds them ready.
 */
export function warmUpActs(words: NumberWords, textScale: number): void {
  for (const [role, sizes] of ACT_TEXT_STYLES)
    for (const size of sizes) textStyle(role, { size, scale: textScale });
  for (const options of NUMBER_FORMATS) words.formatNumber(1.5, options);
  words.t('board.count', { count: 2 });
}

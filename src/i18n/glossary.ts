// The game's glossary as data: the terms, where each one is named on the board (its tooltip anchors),
// and the numbers its definition quotes (DORA's thresholds, from the one place they are defined).
import { DORA_THRESHOLDS } from '../scoring/weights';
import { formatDuration, type NumberWords } from './format';

/** Every term, in the order the Glossary page lists them. */
export const GLOSSARY_TERMS = [
  'wip',
  'constraint',
  'batch',
  'leadTime',
  'customerLeadTime',
  'deploymentFrequency',
  'changeFailureRate',
  'timeToRestore',
  'mttd',
  'dora',
  'bands',
] as const;
export type GlossaryTerm = (typeof GLOSSARY_TERMS)[number];

/**
 * Where a term's word stands on the board: each anchor is a label that carries the term's tooltip
 * (pointer hover and keyboard focus). The widget that draws the label attaches it by this name.
 */
export const BOARD_ANCHORS = {
  'column-wip': 'wip',
  'team-constraint': 'constraint',
  'release-batch': 'batch',
  'tile-deploymentFrequency': 'deploymentFrequency',
  'tile-leadTime': 'leadTime',
  'tile-changeFailureRate': 'changeFailureRate',
  'tile-timeToRestore': 'timeToRestore',
  'tile-band': 'bands',
  'incidents-detect': 'mttd',
  'results-customerLeadTime': 'customerLeadTime',
} as const satisfies Record<string, GlossaryTerm>;
export type BoardAnchor = keyof typeof BOARD_ANCHORS;

/** Terms no label on the board names: the Glossary page (from Help) explains them. */
export const OFF_BOARD_TERMS: readonly GlossaryTerm[] = ['dora'];

export const termOf = (anchor: BoardAnchor): GlossaryTerm => BOARD_ANCHORS[anchor];

/** The i18n keys of a term: its name (with the abbreviation spelt out) and its definition. */
export function glossaryKeys(term: GlossaryTerm): { name: string; text: string } {
  return { name: `glossary.${term}.name`, text: `glossary.${term}.text` };
}

const percent = (words: NumberWords, share: number) =>
  words.formatNumber(share, { style: 'percent', maximumFractionDigits: 0 });

/** The numbers a definition quotes, in the reader's language. */
export function glossaryParams(term: GlossaryTerm, words: NumberWords): Record<string, string> {
  switch (term) {
    case 'leadTime': {
      const t = DORA_THRESHOLDS.leadTimeHours;
      return {
        elite: formatDuration(words, t.elite),
        high: formatDuration(words, t.high),
        medium: formatDuration(words, t.medium),
      };
    }
    case 'timeToRestore': {
      const t = DORA_THRESHOLDS.timeToRestoreHours;
      return {
        elite: formatDuration(words, t.elite),
        high: formatDuration(words, t.high),
        medium: formatDuration(words, t.medium),
      };
    }
    case 'changeFailureRate': {
      const t = DORA_THRESHOLDS.changeFailureRate;
      return {
        elite: percent(words, t.elite),
        high: percent(words, t.high),
        medium: percent(words, t.medium),
      };
    }
    case 'deploymentFrequency':
      return {
        elite: words.formatNumber(DORA_THRESHOLDS.deploymentFrequency.elite, { maximumFractionDigits: 2 }),
      };
    default:
      return {};
  }
}

/** A term's name and definition, translated. */
export function glossaryEntry(term: GlossaryTerm, words: NumberWords): { name: string; text: string } {
  const keys = glossaryKeys(term);
  return { name: words.t(keys.name), text: words.t(keys.text, glossaryParams(term, words)) };
}

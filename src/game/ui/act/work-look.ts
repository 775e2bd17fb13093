import type { WorkType } from '../../../engine';
import type { CardStatus } from '../../act/board-model';
import type { IconName } from '../../icons';
import { colors } from '../theme';

/** Each work type has a colour, an icon and a word: never colour alone. */
export const WORK_LOOK: Record<WorkType, { color: number; icon: IconName }> = {
  feature: { color: colors.skyBlue, icon: 'sparkles' },
  project: { color: colors.purple, icon: 'briefcase' },
  change: { color: colors.green, icon: 'arrow-left-right' },
  incident: { color: colors.vermillion, icon: 'siren' },
  improvement: { color: colors.yellow, icon: 'wrench' },
};

/** DORA band colours: the palette's blue→orange scale, with the band's name always beside it. */
export const BAND_COLOR = {
  elite: colors.green,
  high: colors.skyBlue,
  medium: colors.orange,
  low: colors.vermillion,
} as const;

/**
 * The status icon in a card's corner: one icon, one meaning (a frozen project shows the Freeze button's
 * snowflake; a change held in Ready for approval, a stamp). Statuses without an entry show no icon.
 */
export const STATUS_LOOK: Partial<Record<CardStatus, { color: number; icon: IconName; labelKey: string }>> = {
  defect: { color: colors.vermillion, icon: 'bug', labelKey: 'words.status.defect' },
  outage: { color: colors.vermillion, icon: 'triangle-alert', labelKey: 'words.status.outage' },
  frozen: { color: colors.skyBlue, icon: 'snowflake', labelKey: 'words.status.frozen' },
  'awaiting-approval': { color: colors.orange, icon: 'stamp', labelKey: 'words.status.awaitingApproval' },
  'awaiting-fix': { color: colors.orange, icon: 'hammer', labelKey: 'words.status.awaitingFix' },
};

/** An expedited card (pushed ahead of the queue) carries a flame on its title line, not only a yellow border. */
export const EXPEDITE_LOOK: { color: number; icon: IconName } = { color: colors.yellow, icon: 'flame' };

/** A card held by a freeze, an approval or a failed release. */
export const isHeld = (status: CardStatus): boolean =>
  status === 'frozen' || status === 'awaiting-approval' || status === 'awaiting-fix';

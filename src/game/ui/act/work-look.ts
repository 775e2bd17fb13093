import type { WorkType } from '../../../engine';
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

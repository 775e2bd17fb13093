import type { Character } from '../ui/act/story-card';
import { colors } from '../ui/theme';

/** The game's own cast (written for this game; the book is credited, not copied). */
export const CHARACTERS = {
  mentor: { id: 'mentor', color: colors.skyBlue },
  ceo: { id: 'ceo', color: colors.purple },
  owner: { id: 'owner', color: colors.green },
  constraint: { id: 'constraint', color: colors.orange },
  auditor: { id: 'auditor', color: colors.yellow },
} as const satisfies Record<string, Character>;

/** Who brings each story beat to the player. */
const SPEAKERS: Record<string, Character> = {
  'sev1-payroll': CHARACTERS.constraint,
  'ceo-push': CHARACTERS.ceo,
  'freeze-proposal': CHARACTERS.mentor,
  'audit-findings': CHARACTERS.auditor,
  'customers-calling': CHARACTERS.owner,
  'big-bang-release': CHARACTERS.constraint,
  'cab-overload': CHARACTERS.mentor,
  'flaky-tests': CHARACTERS.owner,
  'improvement-budget': CHARACTERS.mentor,
  'chaos-drill': CHARACTERS.mentor,
  'constraint-vacation': CHARACTERS.constraint,
  'post-mortem': CHARACTERS.ceo,
  'launch-date-moved': CHARACTERS.ceo,
  'marketing-blitz': CHARACTERS.owner,
  'launch-sev1': CHARACTERS.constraint,
  'auditor-returns': CHARACTERS.auditor,
};

export function speakerOf(beatId: string): Character {
  return SPEAKERS[beatId] ?? CHARACTERS.mentor;
}

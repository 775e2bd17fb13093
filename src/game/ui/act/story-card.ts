import type { StoryBeat } from '../../../engine';
import type { WidgetHost } from '../../scenes/base-scene';
import type { Button } from '../button';
import { colors } from '../theme';
import { avatar, grownBox, measureHeight, Overlay } from './overlay';

export interface Character {
  /** i18n key of the character's name and role: `characters.<id>.name` / `.role`. */
  id: string;
  color: number;
}

/** A story beat as a dialogue card: who speaks, what happened, and choices that are real commands. */
export class StoryCard extends Overlay {
  constructor(
    host: WidgetHost,
    options: {
      beat: StoryBeat;
      character: Character;
      onChoose: (optionId: string) => void;
      removeButton: (button: Button) => void;
      /** Options that would change nothing now (already so): their label says so. */
      isMoot?: (option: StoryBeat['options'][number]) => boolean;
    },
  ) {
    // Every choice here matters, so none is focused as it opens: a key meant for the board picks
    // nothing; Tab or an arrow key reaches the first option (the card says so under its options).
    // Rows at their 100% places, or lower where larger text needs the room; the card grows to hold them.
    const full = { x: 300, y: 170, width: 640, height: 356 };
    const { beat, character } = options;
    const name = host.t(`characters.${character.id}.name`);
    const role = host.t(`characters.${character.id}.role`);
    const wrap = full.width - 64;
    const nameHeight = measureHeight(host, name, 'label', { size: 16 });
    const roleTop = Math.max(
      66 - measureHeight(host, role, 'caption', { size: 12 }) / 2,
      44 + nameHeight / 2,
    );
    const titleTop = Math.max(108, roleTop + measureHeight(host, role, 'caption', { size: 12 }) + 12);
    const bodyTop = Math.max(
      146,
      titleTop + measureHeight(host, host.t(beat.titleKey), 'title', { wrapWidth: wrap }) + 8,
    );
    const bodyHeight = measureHeight(host, host.t(beat.bodyKey), 'body', { size: 16, wrapWidth: wrap });
    const buttonsY = Math.max(282, bodyTop + bodyHeight + 16 + 26);
    const hint = host.t('dialogs.story.keysHint');
    const hintY = buttonsY + 46;
    const hintHeight = measureHeight(host, hint, 'caption', { size: 13, wrapWidth: wrap });
    super(
      host,
      { ...grownBox(full, hintY + hintHeight / 2 + 14), accent: colors.orange },
      options.removeButton,
      { initialFocus: 'none' },
    );
    const { x, y, width } = this.box;
    avatar(this, x + 56, y + 60, name.slice(0, 1), character.color);
    this.text(x + 100, y + 44, name, 'label', { size: 16 }).setOrigin(0, 0.5);
    this.text(x + 100, y + roleTop, role, 'caption', { size: 12, color: character.color });
    this.text(x + 32, y + titleTop, host.t(beat.titleKey), 'title', { wrapWidth: width - 64 });
    this.text(x + 32, y + bodyTop, host.t(beat.bodyKey), 'body', {
      size: 16,
      wrapWidth: width - 64,
      color: colors.textMuted,
    });
    const count = beat.options.length;
    const buttonWidth = (width - 64 - (count - 1) * 16) / count;
    beat.options.forEach((option, index) => {
      this.button({
        x: x + 32 + buttonWidth / 2 + index * (buttonWidth + 16),
        y: y + buttonsY,
        width: buttonWidth,
        height: 52,
        compact: true,
        label: options.isMoot?.(option)
          ? host.t('house.asNow', { label: host.t(option.labelKey) })
          : host.t(option.labelKey),
        variant: index === 0 ? 'primary' : 'secondary',
        sound: 'confirm',
        onActivate: () => options.onChoose(option.id),
      });
    });
    this.text(x + width / 2, y + hintY, hint, 'caption', {
      size: 13,
      color: colors.textMuted,
      wrapWidth: width - 64,
      align: 'center',
    }).setOrigin(0.5, 0.5);
  }
}

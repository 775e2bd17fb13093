import type { StoryBeat } from '../../../engine';
import type { WidgetHost } from '../../scenes/base-scene';
import type { Button } from '../button';
import { colors } from '../theme';
import { avatar, Overlay } from './overlay';

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
    super(host, { x: 300, y: 170, width: 640, height: 356, accent: colors.orange }, options.removeButton, {
      initialFocus: 'none',
    });
    const { x, y, width } = this.box;
    const { beat, character } = options;
    avatar(this, x + 56, y + 60, host.t(`characters.${character.id}.name`).slice(0, 1), character.color);
    this.text(x + 100, y + 44, host.t(`characters.${character.id}.name`), 'label', { size: 16 }).setOrigin(
      0,
      0.5,
    );
    this.text(x + 100, y + 66, host.t(`characters.${character.id}.role`), 'caption', {
      size: 12,
      color: character.color,
    }).setOrigin(0, 0.5);
    this.text(x + 32, y + 108, host.t(beat.titleKey), 'title', { wrapWidth: width - 64 });
    this.text(x + 32, y + 146, host.t(beat.bodyKey), 'body', {
      size: 16,
      wrapWidth: width - 64,
      color: colors.textMuted,
    });
    const count = beat.options.length;
    const buttonWidth = (width - 64 - (count - 1) * 16) / count;
    beat.options.forEach((option, index) => {
      this.button({
        x: x + 32 + buttonWidth / 2 + index * (buttonWidth + 16),
        y: y + 282,
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
    this.text(x + width / 2, y + 328, host.t('dialogs.story.keysHint'), 'caption', {
      size: 13,
      color: colors.textMuted,
      wrapWidth: width - 64,
      align: 'center',
    }).setOrigin(0.5, 0.5);
  }
}

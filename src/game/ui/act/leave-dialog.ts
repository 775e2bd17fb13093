import type { WidgetHost } from '../../scenes/base-scene';
import type { Button } from '../button';
import { colors } from '../theme';
import { Overlay } from './overlay';

/** Esc in an act: asks before leaving; "Keep playing" is first and focused (the safe default). */
export class LeaveDialog extends Overlay {
  constructor(
    host: WidgetHost,
    options: { onStay: () => void; onLeave: () => void; removeButton: (button: Button) => void },
  ) {
    super(host, { x: 390, y: 230, width: 500, height: 240, accent: colors.skyBlue }, options.removeButton);
    const { x, y, width } = this.box;
    this.text(x + 32, y + 48, host.t('house.leave.title'), 'title').setOrigin(0, 0.5);
    this.text(x + 32, y + 84, host.t('house.leave.body'), 'body', {
      size: 16,
      wrapWidth: width - 64,
      color: colors.textMuted,
    });
    const buttonWidth = (width - 64 - 16) / 2;
    this.button({
      x: x + 32 + buttonWidth / 2,
      y: y + 190,
      width: buttonWidth,
      height: 48,
      compact: true,
      label: host.t('house.leave.stay'),
      variant: 'primary',
      onActivate: options.onStay,
    });
    this.button({
      x: x + 32 + buttonWidth * 1.5 + 16,
      y: y + 190,
      width: buttonWidth,
      height: 48,
      compact: true,
      label: host.t('house.leave.leave'),
      sound: 'back',
      onActivate: options.onLeave,
    });
  }
}

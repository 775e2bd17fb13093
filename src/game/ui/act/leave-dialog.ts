import type { WidgetHost } from '../../scenes/base-scene';
import type { Button } from '../button';
import { colors } from '../theme';
import { grownBox, measureHeight, Overlay } from './overlay';

/** Esc in an act: asks before leaving; "Keep playing" is first and focused (the safe default). */
export class LeaveDialog extends Overlay {
  constructor(
    host: WidgetHost,
    options: { onStay: () => void; onLeave: () => void; removeButton: (button: Button) => void },
  ) {
    // Larger text: the body may take more lines; the buttons move down and the box grows with them.
    const full = { x: 390, y: 230, width: 500, height: 240 };
    const titleHeight = measureHeight(host, host.t('house.leave.title'), 'title');
    const bodyTop = Math.max(84, 48 + titleHeight / 2 + 4);
    const bodyHeight = measureHeight(host, host.t('house.leave.body'), 'body', {
      size: 16,
      wrapWidth: full.width - 64,
    });
    const buttonsY = Math.max(190, bodyTop + bodyHeight + 16 + 24);
    super(host, { ...grownBox(full, buttonsY + 24 + 26), accent: colors.skyBlue }, options.removeButton);
    const { x, y, width } = this.box;
    this.text(x + 32, y + 48, host.t('house.leave.title'), 'title').setOrigin(0, 0.5);
    this.text(x + 32, y + bodyTop, host.t('house.leave.body'), 'body', {
      size: 16,
      wrapWidth: width - 64,
      color: colors.textMuted,
    });
    const buttonWidth = (width - 64 - 16) / 2;
    this.button({
      x: x + 32 + buttonWidth / 2,
      y: y + buttonsY,
      width: buttonWidth,
      height: 48,
      compact: true,
      label: host.t('house.leave.stay'),
      variant: 'primary',
      onActivate: options.onStay,
    });
    this.button({
      x: x + 32 + buttonWidth * 1.5 + 16,
      y: y + buttonsY,
      width: buttonWidth,
      height: 48,
      compact: true,
      label: host.t('house.leave.leave'),
      sound: 'back',
      onActivate: options.onLeave,
    });
  }
}

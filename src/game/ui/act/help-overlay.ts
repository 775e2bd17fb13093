import { ACT_KEYS } from '../../act/key-map';
import type { WidgetHost } from '../../scenes/base-scene';
import type { Button } from '../button';
import { colors } from '../theme';
import { Overlay } from './overlay';

export class HelpOverlay extends Overlay {
  constructor(host: WidgetHost, options: { onClose: () => void; removeButton: (button: Button) => void }) {
    super(host, { x: 340, y: 90, width: 600, height: 550, accent: colors.skyBlue }, options.removeButton);
    const { x, y, width } = this.box;
    this.text(x + 32, y + 40, host.t('help.heading'), 'title').setOrigin(0, 0.5);
    ACT_KEYS.forEach(([keys, description], index) => {
      const rowY = y + 84 + index * 30;
      this.text(x + 40, rowY, keys, 'label', { size: 14, color: colors.yellow }).setOrigin(0, 0.5);
      this.text(x + 190, rowY, host.t(description), 'body', { size: 14 }).setOrigin(0, 0.5);
    });
    this.button({
      x: x + width / 2,
      y: y + 510,
      width: 180,
      height: 44,
      compact: true,
      label: host.t('help.close'),
      onActivate: options.onClose,
    });
  }
}

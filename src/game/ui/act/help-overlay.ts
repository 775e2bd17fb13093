import { ACT_KEYS } from '../../act/key-map';
import type { WidgetHost } from '../../scenes/base-scene';
import type { Button } from '../button';
import { colors } from '../theme';
import { GlossaryOverlay } from './glossary-overlay';
import { Overlay } from './overlay';

export class HelpOverlay extends Overlay {
  private glossary: GlossaryOverlay | null = null;
  private readonly ownButtons: Button[] = [];

  constructor(
    host: WidgetHost,
    private readonly options: {
      onClose: () => void;
      removeButton: (button: Button) => void;
      /** The Glossary page is about to open (true; the focus is still where it was) or has closed (false). */
      onGlossary?: (open: boolean) => void;
    },
  ) {
    super(host, { x: 340, y: 90, width: 600, height: 550, accent: colors.skyBlue }, options.removeButton);
    const { x, y, width } = this.box;
    this.text(x + 32, y + 40, host.t('help.heading'), 'title').setOrigin(0, 0.5);
    ACT_KEYS.forEach(([keys, description], index) => {
      const rowY = y + 84 + index * 30;
      this.text(x + 40, rowY, keys, 'label', { size: 14, color: colors.yellow }).setOrigin(0, 0.5);
      this.text(x + 190, rowY, host.t(description), 'body', { size: 14 }).setOrigin(0, 0.5);
    });
    // Close first: it takes the focus, so Enter right after ? closes the list.
    this.ownButtons.push(
      this.button({
        x: x + width / 2 + 100,
        y: y + 510,
        width: 180,
        height: 44,
        compact: true,
        label: host.t('help.close'),
        onActivate: options.onClose,
      }),
    );
    this.glossaryButton = this.button({
      x: x + width / 2 - 100,
      y: y + 510,
      width: 180,
      height: 44,
      compact: true,
      label: host.t('glossary.page.open'),
      onActivate: () => this.openGlossary(),
    });
    this.ownButtons.push(this.glossaryButton);
  }

  private readonly glossaryButton: Button;

  /** True while the Glossary page is open over the key list. */
  get showsGlossary(): boolean {
    return this.glossary !== null;
  }

  /** The Glossary page when it is open over the key list (the dialog in front). */
  get nested(): Overlay | null {
    return this.glossary;
  }

  openGlossary(): void {
    if (this.glossary) return;
    this.options.onGlossary?.(true);
    for (const button of this.ownButtons) button.setEnabled(false);
    this.glossary = new GlossaryOverlay(this.host, {
      removeButton: this.options.removeButton,
      onClose: () => this.closeGlossary(),
    });
  }

  /** Back to the key list, the focus on the button that opened the Glossary. */
  closeGlossary(): void {
    if (!this.glossary) return;
    this.glossary.destroy();
    this.glossary = null;
    for (const button of this.ownButtons) button.setEnabled(true);
    this.host.focus(this.glossaryButton);
    this.options.onGlossary?.(false);
  }

  override destroy(): void {
    this.glossary?.destroy();
    this.glossary = null;
    super.destroy();
  }
}

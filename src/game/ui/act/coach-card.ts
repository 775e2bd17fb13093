import type Phaser from 'phaser';
import type { BoardMessage } from '../../act/board-insights';
import { ICON_SHEET, iconKey } from '../../icons';
import type { WidgetHost } from '../../scenes/base-scene';
import type { Button } from '../button';
import { markBox } from '../layout-box';
import { colors, setTextColor } from '../theme';
import { BOARD_AREA, BOARD_MESSAGE_STRIP, columnX } from './board-view';
import { messageWords } from './cause-words';

/**
 * Over the foot of the board from Dev to Live (Backlog stays clear), above the cards and above the
 * board's message strip (toasts and the outage banner have it to themselves).
 */
const CARD = {
  left: columnX('dev'),
  right: BOARD_AREA.x + BOARD_AREA.width,
  bottom: BOARD_MESSAGE_STRIP.y - 4,
  depth: 400,
};
const PAD = 12;
const ICON = 20;
const CLOSE = 26;

export interface CoachCardOptions {
  constraintName: string;
  onClose: () => void;
}

/**
 * One message on the board at a time: the note a day after a policy change, or a coach hint. It sits
 * low on the board, grows upwards with its text, and has a close button.
 */
export class CoachCard {
  private readonly frame: Phaser.GameObjects.Graphics;
  private readonly icon: Phaser.GameObjects.Image;
  private readonly heading: Phaser.GameObjects.Text;
  private readonly body: Phaser.GameObjects.Text;
  private readonly lever: Phaser.GameObjects.Text;
  private readonly close: Button;
  /** The card's outline for the layout check (its texts belong to it, not to the column under it). */
  private readonly box: Phaser.GameObjects.Zone;
  private shown: BoardMessage | null = null;
  /** The card's top edge while it shows (the board keeps its cards above it). */
  top: number | null = null;

  constructor(
    private readonly host: WidgetHost,
    private readonly options: CoachCardOptions,
  ) {
    const width = CARD.right - CARD.left;
    const textWidth = width - PAD * 3 - ICON - CLOSE;
    this.box = markBox(host.scene, 'coach-card', { x: CARD.left, y: CARD.bottom, width: 0, height: 0 });
    this.frame = host.scene.add.graphics().setDepth(CARD.depth);
    this.icon = host.scene.add
      .image(0, 0, ICON_SHEET, iconKey('info'))
      .setDisplaySize(ICON, ICON)
      .setDepth(CARD.depth);
    this.heading = host.text(0, 0, '', 'caption', { size: 11 }).setDepth(CARD.depth);
    this.body = host.text(0, 0, '', 'label', { size: 13, wrapWidth: textWidth }).setDepth(CARD.depth);
    this.lever = host
      .text(0, 0, '', 'caption', { size: 12, color: colors.skyBlue, wrapWidth: textWidth })
      .setDepth(CARD.depth);
    this.close = host.button({
      x: CARD.right - PAD - CLOSE / 2,
      y: 0,
      width: CLOSE,
      height: CLOSE,
      label: '',
      icon: iconKey('x'),
      variant: 'ghost',
      description: host.t('cause.close'),
      onActivate: () => options.onClose(),
    });
    this.close.setDepth(CARD.depth + 1);
    this.hide();
  }

  render(message: BoardMessage | null): void {
    if (message === this.shown) return;
    this.shown = message;
    if (!message) {
      this.hide();
      return;
    }
    const words = messageWords(this.host, message, this.options.constraintName);
    const accent = message.kind === 'note' ? colors.yellow : colors.skyBlue;
    const left = CARD.left + PAD * 2 + ICON;
    setTextColor(this.heading.setText(words.heading.toUpperCase()), accent);
    this.body.setText(words.body);
    this.lever.setText(words.lever ?? '');
    const height =
      PAD * 2 + this.heading.height + 2 + this.body.height + (words.lever ? 2 + this.lever.height : 0);
    const top = CARD.bottom - height;
    this.top = top;
    this.box
      .setPosition(CARD.left, top)
      .setSize(CARD.right - CARD.left, height)
      .setVisible(true);
    this.frame.clear();
    this.frame.fillStyle(colors.panelRaised, 1);
    this.frame.fillRoundedRect(CARD.left, top, CARD.right - CARD.left, height, 8);
    this.frame.lineStyle(2, accent, 1);
    this.frame.strokeRoundedRect(CARD.left, top, CARD.right - CARD.left, height, 8);
    this.icon
      .setTexture(ICON_SHEET, iconKey(message.kind === 'note' ? 'activity' : 'info'))
      .setDisplaySize(ICON, ICON)
      .setTint(accent)
      .setPosition(CARD.left + PAD + ICON / 2, top + PAD + ICON / 2);
    this.heading.setPosition(left, top + PAD);
    this.body.setPosition(left, this.heading.y + this.heading.height + 2);
    this.lever.setPosition(left, this.body.y + this.body.height + 2);
    this.close.setY(top + PAD + CLOSE / 2 - 4);
    for (const part of [this.frame, this.icon, this.heading, this.body, this.lever, this.close])
      part.setVisible(true);
    this.lever.setVisible(words.lever !== null);
    this.close.setEnabled(true);
  }

  private hide(): void {
    this.top = null;
    this.box.setVisible(false);
    for (const part of [this.frame, this.icon, this.heading, this.body, this.lever, this.close])
      part.setVisible(false);
    this.close.setEnabled(false);
  }
}

import type Phaser from 'phaser';
import { GLOSSARY_TERMS, glossaryEntry } from '../../../i18n/glossary';
import { ICON_SHEET, iconKey } from '../../icons';
import type { WidgetHost } from '../../scenes/base-scene';
import type { Button } from '../button';
import { setTextSize } from '../fit-text';
import { colors } from '../theme';
import { Overlay } from './overlay';
import { STATUS_LOOK } from './work-look';

const BOX = { x: 70, y: 24, width: 1140, height: 672 };
const COLUMN = { width: 520, gap: 40 };
/** Entries run down two columns between these lines. */
const TOP = BOX.y + 96;
const BOTTOM = BOX.y + BOX.height - 122;
/** The card icons' legend, between the entries and the button. */
const LEGEND_Y = BOX.y + BOX.height - 100;
const ENTRY_GAP = 12;

/** The Glossary page (from Help): every term the game uses, named in full and defined. */
export class GlossaryOverlay extends Overlay {
  constructor(host: WidgetHost, options: { onClose: () => void; removeButton: (button: Button) => void }) {
    // Over the key list it opens from (whose texts sit just above 2000).
    super(host, { ...BOX, accent: colors.yellow }, options.removeButton, { depth: 2100 });
    const { x, y, width } = this.box;
    this.text(x + 36, y + 40, host.t('glossary.page.heading'), 'title').setOrigin(0, 0.5);
    this.text(x + 36, y + 70, host.t('glossary.page.hint'), 'caption', {
      size: 13,
      wrapWidth: width - 72,
    }).setOrigin(0, 0.5);
    const entries = GLOSSARY_TERMS.map((term) => {
      const entry = glossaryEntry(term, host);
      const name = this.text(0, 0, entry.name, 'label', { size: 14, color: colors.yellow });
      const text = this.text(0, 0, entry.text, 'body', { size: 13, wrapWidth: COLUMN.width });
      return { name, text };
    });
    // Two columns, filled in reading order; the type shrinks a little if a language runs long. Where
    // even that does not fit (larger text), the entries run on over pages at their own size.
    const place = (size: number): number => {
      let page = 0;
      let column = 0;
      let top = TOP;
      for (const entry of entries) {
        setTextSize(entry.text, size);
        const height = entry.name.height + 2 + entry.text.height;
        if (top > TOP && top + height > BOTTOM) {
          column++;
          top = TOP;
          if (column === 2) {
            column = 0;
            page++;
          }
        }
        const left = x + 36 + column * (COLUMN.width + COLUMN.gap);
        entry.name.setPosition(left, top);
        entry.text.setPosition(left, top + entry.name.height + 2);
        this.pageOf.set(entry, page);
        top += height + ENTRY_GAP;
      }
      return page + 1;
    };
    let pages = 1;
    for (let size = 13; size >= 11; size -= 0.5) {
      pages = place(size);
      if (pages === 1) break;
    }
    if (pages > 1) pages = place(13);
    this.entries = entries;
    this.pages = pages;
    this.legend();
    this.button({
      x: x + width / 2,
      y: y + BOX.height - 44,
      width: 260,
      height: 46,
      compact: true,
      label: host.t('glossary.page.close'),
      onActivate: options.onClose,
    });
    if (pages > 1) {
      this.pageLabel = this.text(x + width - 36, y + 40, '', 'caption', { size: 13 }).setOrigin(1, 0.5);
      const pager = (direction: -1 | 1) =>
        this.button({
          x: x + width / 2 + direction * 250,
          y: y + BOX.height - 44,
          width: 200,
          height: 46,
          compact: true,
          label: host.t(direction < 0 ? 'glossaryPager.previous' : 'glossaryPager.next'),
          onActivate: () => this.showPage(this.page + direction),
        });
      this.pagers = [pager(-1), pager(1)];
    }
    this.showPage(0);
  }

  private entries: { name: Phaser.GameObjects.Text; text: Phaser.GameObjects.Text }[] = [];
  private readonly pageOf = new Map<
    { name: Phaser.GameObjects.Text; text: Phaser.GameObjects.Text },
    number
  >();
  private pages = 1;
  private page = 0;
  private pageLabel: Phaser.GameObjects.Text | null = null;
  private pagers: Button[] = [];

  private showPage(page: number): void {
    this.page = Math.min(this.pages - 1, Math.max(0, page));
    for (const entry of this.entries) {
      const shown = this.pageOf.get(entry) === this.page;
      entry.name.setVisible(shown);
      entry.text.setVisible(shown);
    }
    this.pageLabel?.setText(this.host.t('glossaryPager.page', { page: this.page + 1, pages: this.pages }));
    this.pagers[0]?.setEnabled(this.page > 0);
    this.pagers[1]?.setEnabled(this.page < this.pages - 1);
  }

  /** What each icon in a card's corner means: one icon, one meaning. */
  private legend(): void {
    const { host } = this;
    const { x, width } = this.box;
    const entries = Object.values(STATUS_LOOK).map((look) => {
      const icon = this.track(
        host.scene.add.image(0, LEGEND_Y, ICON_SHEET, iconKey(look.icon)).setDisplaySize(16, 16),
      );
      icon.setTint(look.color);
      const label = this.text(0, LEGEND_Y, host.t(look.labelKey), 'caption', {
        size: 13,
        color: colors.text,
      });
      label.setOrigin(0, 0.5);
      return { icon, label };
    });
    const title = this.text(x + 36, LEGEND_Y, host.t('words.status.legend'), 'label', {
      size: 13,
      color: colors.yellow,
    }).setOrigin(0, 0.5);
    const spaceFor = (size: number) => {
      for (const { label } of entries) setTextSize(label, size);
      setTextSize(title, size);
      return entries.reduce((sum, { label }) => sum + 22 + label.width + 22, title.width + 16);
    };
    let size = 13;
    while (spaceFor(size) > width - 72 && size > 10) size -= 0.5;
    // Larger text: what still does not fit goes on a further line; the lines share the legend's row.
    const start = x + 36 + title.width + 16;
    const lineHeight = title.height + 2;
    let left = start;
    let line = 0;
    const placed = entries.map(({ icon, label }) => {
      if (left > start && left + 22 + label.width > x + width - 36) {
        left = start;
        line++;
      }
      const at = { icon, label, left, line };
      left += 22 + label.width + 22;
      return at;
    });
    const firstY = LEGEND_Y - (line * lineHeight) / 2 + (line > 0 ? 6 : 0);
    for (const { icon, label, left: at, line: row } of placed) {
      icon.setPosition(at + 8, firstY + row * lineHeight);
      label.setPosition(at + 22, firstY + row * lineHeight);
    }
    title.setY(firstY);
  }
}

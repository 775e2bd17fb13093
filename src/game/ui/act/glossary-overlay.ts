import { GLOSSARY_TERMS, glossaryEntry } from '../../../i18n/glossary';
import { iconKey } from '../../icons';
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
    // Two columns, filled in reading order; the type shrinks a little if a language runs long.
    const half = Math.ceil(entries.length / 2);
    for (let size = 13; size >= 11; size -= 0.5) {
      let fits = true;
      entries.forEach(({ name, text }, index) => {
        setTextSize(text, size);
        const column = index < half ? 0 : 1;
        const first = index === 0 || index === half;
        const previous = entries[index - 1];
        const top = first || !previous ? TOP : previous.text.y + previous.text.height + ENTRY_GAP;
        const left = x + 36 + column * (COLUMN.width + COLUMN.gap);
        name.setPosition(left, top);
        text.setPosition(left, top + name.height + 2);
        if (text.y + text.height > BOTTOM) fits = false;
      });
      if (fits) break;
    }
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
  }

  /** What each icon in a card's corner means: one icon, one meaning. */
  private legend(): void {
    const { host } = this;
    const { x, width } = this.box;
    const entries = Object.values(STATUS_LOOK).map((look) => {
      const icon = this.track(host.scene.add.image(0, LEGEND_Y, iconKey(look.icon)).setDisplaySize(16, 16));
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
    let left = x + 36 + title.width + 16;
    for (const { icon, label } of entries) {
      icon.setPosition(left + 8, LEGEND_Y);
      label.setPosition(left + 22, LEGEND_Y);
      left += 22 + label.width + 22;
    }
  }
}

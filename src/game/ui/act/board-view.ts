import type Phaser from 'phaser';
import type { BoardColumn, BoardModel, CardModel, ColumnModel } from '../../act/board-model';
import { BOARD_COLUMNS } from '../../act/board-model';
import type { Button } from '../button';
import type { FocusGroup } from '../focus-group';
import type { GlossaryTips } from '../glossary-tips';
import { colors, css, textStyle } from '../theme';
import { CARD_HEIGHT, CardView, type CardViewOptions } from './card-view';

export const BOARD_AREA = { x: 16, y: 68, width: 940, height: 528 };
const COLUMN_GAP = 8;
export const COLUMN_WIDTH =
  (BOARD_AREA.width - COLUMN_GAP * (BOARD_COLUMNS.length - 1)) / BOARD_COLUMNS.length;
const HEADER_HEIGHT = 58;
const CARD_STEP = CARD_HEIGHT + 6;
const MIN_STEP = 18;
const MOVE_MS = 380;

export interface BoardViewOptions {
  card: Omit<CardViewOptions, 'onHover' | 'reducedMotion'>;
  focusGroup: FocusGroup;
  textResolution: number;
  reducedMotion: () => boolean;
  columnName: (column: BoardColumn) => string;
  /** e.g. "WIP 2/3" or "12 shipped". */
  columnMeta: (column: ColumnModel) => string;
  /** Makes the − / + buttons of a limited column (the scene owns commands and focus order). */
  makeLimitButtons: (column: BoardColumn, x: number, y: number) => Button[];
}

export function columnX(column: BoardColumn): number {
  return BOARD_AREA.x + BOARD_COLUMNS.indexOf(column) * (COLUMN_WIDTH + COLUMN_GAP);
}

/** The board: six columns of cards that slide from column to column as the engine moves them. */
export class BoardView {
  private readonly cards = new Map<number, CardView>();
  private readonly frames: Phaser.GameObjects.Graphics;
  private readonly metas = new Map<BoardColumn, Phaser.GameObjects.Text>();
  private readonly overflow = new Map<BoardColumn, Phaser.GameObjects.Text>();
  private selectedId: number | null = null;

  constructor(
    /** The act scene: its glossary explains "WIP" on the limited columns. */
    private readonly scene: Phaser.Scene & { readonly glossary?: GlossaryTips },
    private readonly options: BoardViewOptions,
  ) {
    this.frames = scene.add.graphics();
    for (const column of BOARD_COLUMNS) {
      const x = columnX(column);
      scene.add
        .text(x + 12, BOARD_AREA.y + 16, options.columnName(column), textStyle('label', { size: 15 }))
        .setResolution(options.textResolution);
      const meta = scene.add
        .text(x + 12, BOARD_AREA.y + 38, '', textStyle('caption', { size: 12 }))
        .setResolution(options.textResolution);
      this.metas.set(column, meta);
      if (column === 'dev' || column === 'test' || column === 'ops')
        scene.glossary?.attach(meta, 'column-wip');
      const more = scene.add
        .text(
          x + COLUMN_WIDTH / 2,
          BOARD_AREA.y + BOARD_AREA.height - 14,
          '',
          textStyle('caption', { size: 12 }),
        )
        .setOrigin(0.5)
        .setResolution(options.textResolution);
      this.overflow.set(column, more);
      options.makeLimitButtons(column, x + COLUMN_WIDTH - 12, BOARD_AREA.y + 24);
    }
  }

  get selected(): number | null {
    return this.selectedId;
  }

  select(id: number | null): void {
    this.selectedId = id;
    for (const [cardId, view] of this.cards) view.setSelected(cardId === id);
  }

  cardView(id: number): CardView | undefined {
    return this.cards.get(id);
  }

  /** Where a card sits on screen, for the tutorial's pointer and the tests. */
  /** Puts the canvas's focus ring on a card (the accessible board follows the keyboard with it). */
  focusCard(id: number): void {
    const view = this.cards.get(id);
    if (view) this.options.focusGroup.focus(view);
  }

  cardPosition(id: number): { x: number; y: number } | null {
    const view = this.cards.get(id);
    return view ? { x: view.x, y: view.y } : null;
  }

  render(model: BoardModel): void {
    this.drawFrames(model);
    const seen = new Set<number>();
    model.columns.forEach((column, columnIndex) => {
      const meta = this.metas.get(column.column);
      meta?.setText(this.options.columnMeta(column));
      const full = column.limited && column.wipLimit !== null && column.count >= column.wipLimit;
      meta?.setColor(css(full ? colors.orange : colors.textMuted));
      const room = BOARD_AREA.height - HEADER_HEIGHT - 24;
      const step =
        column.cards.length <= 1
          ? CARD_STEP
          : Math.min(CARD_STEP, (room - CARD_HEIGHT) / (column.cards.length - 1));
      const shown = step >= MIN_STEP ? column.cards.length : Math.floor((room - CARD_HEIGHT) / MIN_STEP) + 1;
      const cardStep = Math.max(step, MIN_STEP);
      // Live keeps only its latest cards on show; its header already counts everything shipped.
      const hidden = column.column === 'live' ? 0 : column.cards.length - shown;
      this.overflow.get(column.column)?.setText(hidden > 0 ? `+${hidden}` : '');
      column.cards.slice(0, shown).forEach((card, row) => {
        seen.add(card.id);
        const x = columnX(column.column) + COLUMN_WIDTH / 2;
        const y = BOARD_AREA.y + HEADER_HEIGHT + CARD_HEIGHT / 2 + row * cardStep;
        this.place(card, x, y, columnIndex * 100 + row);
        // The last card of a pile is whole; the ones under it show their top strip only.
        this.cards.get(card.id)?.setCompressed(cardStep < CARD_HEIGHT && row < shown - 1);
      });
    });
    for (const [id, view] of this.cards) {
      if (seen.has(id)) continue;
      this.cards.delete(id);
      this.options.focusGroup.remove(view);
      if (this.selectedId === id) this.selectedId = null;
      if (this.options.reducedMotion()) view.destroy();
      else
        this.scene.tweens.add({ targets: view, alpha: 0, duration: 200, onComplete: () => view.destroy() });
    }
  }

  private place(card: CardModel, x: number, y: number, depth: number): void {
    let view = this.cards.get(card.id);
    if (!view) {
      view = new CardView(this.scene, card, {
        ...this.options.card,
        onHover: (hovered) => this.options.focusGroup.focus(hovered),
        reducedMotion: this.options.reducedMotion,
      });
      view.setPosition(x, card.column === 'backlog' ? BOARD_AREA.y + BOARD_AREA.height + 40 : y);
      this.cards.set(card.id, view);
      // Cards follow the static controls in the Tab order, column by column.
      this.options.focusGroup.add(view, 10_000 + depth);
      view.setSelected(card.id === this.selectedId);
    } else {
      view.setModel(card);
    }
    view.setDepth(10 + depth / 1000);
    if (view.x === x && view.y === y) return;
    this.scene.tweens.killTweensOf(view);
    if (this.options.reducedMotion()) {
      view.setPosition(x, y);
    } else {
      this.scene.tweens.add({ targets: view, x, y, duration: MOVE_MS, ease: 'Cubic.easeInOut' });
    }
  }

  private drawFrames(model: BoardModel): void {
    const g = this.frames;
    g.clear();
    for (const column of model.columns) {
      const x = columnX(column.column);
      const full = column.limited && column.wipLimit !== null && column.count >= column.wipLimit;
      g.fillStyle(colors.panel, 1);
      g.fillRoundedRect(x, BOARD_AREA.y, COLUMN_WIDTH, BOARD_AREA.height, 8);
      g.lineStyle(full ? 2 : 1, full ? colors.orange : colors.border, 1);
      g.strokeRoundedRect(x, BOARD_AREA.y, COLUMN_WIDTH, BOARD_AREA.height, 8);
      g.lineStyle(1, colors.border, 0.8);
      g.lineBetween(
        x + 10,
        BOARD_AREA.y + HEADER_HEIGHT - 6,
        x + COLUMN_WIDTH - 10,
        BOARD_AREA.y + HEADER_HEIGHT - 6,
      );
    }
  }

  destroy(): void {
    for (const view of this.cards.values()) {
      this.options.focusGroup.remove(view);
      view.destroy();
    }
    this.cards.clear();
  }
}

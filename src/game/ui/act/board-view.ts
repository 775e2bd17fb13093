import Phaser from 'phaser';
import type { BoardColumn, BoardModel, CardModel, ColumnModel } from '../../act/board-model';
import { BOARD_COLUMNS } from '../../act/board-model';
import { iconKey } from '../../icons';
import { Button } from '../button';
import { fitText, setTextSize } from '../fit-text';
import type { FocusGroup } from '../focus-group';
import type { GlossaryTips } from '../glossary-tips';
import { markArea, markBox } from '../layout-box';
import { addText, colors, setTextColor, type TextRender } from '../theme';
import { CardView, type CardViewOptions, cardHeight } from './card-view';
import { MoveSequencer } from './move-sequencer';

export const BOARD_AREA = { x: 16, y: 68, width: 940, height: 528 };
const COLUMN_GAP = 8;
export const COLUMN_WIDTH =
  (BOARD_AREA.width - COLUMN_GAP * (BOARD_COLUMNS.length - 1)) / BOARD_COLUMNS.length;
/** The board's bottom strip, kept free of cards for messages (toasts, the outage banner). */
export const BOARD_MESSAGE_STRIP = { y: BOARD_AREA.y + BOARD_AREA.height - 38, height: 34 };
export const BOARD_MESSAGE_Y = BOARD_MESSAGE_STRIP.y + BOARD_MESSAGE_STRIP.height / 2;
const CARDS_BOTTOM = BOARD_MESSAGE_STRIP.y - 4;

/**
 * Where a column's header lines and its cards go at the player's text size: larger text makes the
 * header and the cards taller, so fewer cards show before a column turns compact, then scrolls.
 */
export interface BoardGeometry {
  nameY: number;
  metaY: number;
  cardsTop: number;
  /** A crowded column's footer: ▲ / ▼ and which cards are on show. */
  footerHeight: number;
  normal: { height: number; gap: number };
  compact: { height: number; gap: number };
}

export function boardGeometry(textScale: number): BoardGeometry {
  const grow = textScale - 1;
  return {
    nameY: BOARD_AREA.y + 16 + 16 * grow,
    metaY: BOARD_AREA.y + 38 + 24 * grow,
    cardsTop: BOARD_AREA.y + Math.round(58 + 28 * grow),
    footerHeight: Math.round(26 * textScale),
    normal: { height: cardHeight(textScale, false), gap: 6 },
    compact: { height: cardHeight(textScale, true), gap: 4 },
  };
}
/** Cards leave first, then the column closes up, then arrivals fade in: nothing crosses anything. */
const LEAVE_MS = 120;
const REFLOW_MS = 220;
const ARRIVE_MS = 180;

export interface BoardViewOptions {
  card: Omit<CardViewOptions, 'onHover' | 'reducedMotion'>;
  focusGroup: FocusGroup;
  textRender: TextRender;
  reducedMotion: () => boolean;
  columnName: (column: BoardColumn) => string;
  /** e.g. "WIP 2/3" or "12 shipped". */
  columnMeta: (column: ColumnModel) => string;
  /** Makes the − / + buttons of a limited column (the scene owns commands and focus order). */
  makeLimitButtons: (column: BoardColumn, x: number, y: number) => Button[];
  /** "Cards 11–20 of 48" under a scrolling column; "Scroll up" / "Scroll down" for its buttons. */
  scrollText?: (range: { from: number; to: number; total: number }) => string;
  scrollLabel?: (direction: 'up' | 'down') => string;
}

export function columnX(column: BoardColumn): number {
  return BOARD_AREA.x + BOARD_COLUMNS.indexOf(column) * (COLUMN_WIDTH + COLUMN_GAP);
}

/** Where a column's cards go: how many rows show, how tall, and from which card (scrolling). */
export interface ColumnLayout {
  compact: boolean;
  rows: number;
  step: number;
  scrolls: boolean;
}

/** Full cards while they fit; compact rows (badges kept) once they do not; scrolling past that. */
export function columnLayout(
  count: number,
  scrollable: boolean,
  geometry = boardGeometry(1),
  cardsBottom = CARDS_BOTTOM,
): ColumnLayout {
  const ROW = geometry;
  const room = cardsBottom - geometry.cardsTop;
  const rowsIn = (row: { height: number; gap: number }, space: number) =>
    Math.floor((space + row.gap) / (row.height + row.gap));
  const normal = rowsIn(ROW.normal, room);
  if (count <= normal || !scrollable)
    return { compact: false, rows: normal, step: ROW.normal.height + ROW.normal.gap, scrolls: false };
  const compact = rowsIn(ROW.compact, room);
  const step = ROW.compact.height + ROW.compact.gap;
  if (count <= compact) return { compact: true, rows: compact, step, scrolls: false };
  return { compact: true, rows: rowsIn(ROW.compact, room - geometry.footerHeight), step, scrolls: true };
}

interface Target {
  card: CardModel;
  column: BoardColumn;
  x: number;
  y: number;
  depth: number;
  compact: boolean;
  onShow: boolean;
}

/** Where a card is in its moves: leaving its place, arriving at one, closing up, or at rest. */
interface Motion {
  phase: 'still' | 'moving' | 'leaving' | 'arriving' | 'hidden';
  target: Target | null;
}

interface ColumnScroll {
  offset: number;
  /** Made the first time the column holds more cards than it shows: most never do. */
  controls: ScrollControls | null;
}

interface ScrollControls {
  footer: Phaser.GameObjects.Text;
  up: Button;
  down: Button;
}

/** The board: six columns of cards; a card that changes column fades out and into its new place. */
export class BoardView {
  private readonly cards = new Map<number, CardView>();
  private readonly cardColumns = new Map<number, BoardColumn>();
  private readonly motions = new Map<CardView, Motion>();
  /** Leavers first, then each column closes up, then arrivals: each step when the one before has ended. */
  private readonly moves = new MoveSequencer<CardView>();
  private readonly frames: Phaser.GameObjects.Graphics;
  private readonly names = new Map<BoardColumn, Phaser.GameObjects.Text>();
  private readonly metas = new Map<BoardColumn, Phaser.GameObjects.Text>();
  private readonly scrolls = new Map<BoardColumn, ColumnScroll>();
  private readonly onWheel: (pointer: Phaser.Input.Pointer, over: unknown, dx: number, dy: number) => void;
  private selectedId: number | null = null;
  private lastModel: BoardModel | null = null;
  private readonly geometry: BoardGeometry;
  /** The top of what covers the foot of the columns from Dev to Live (a coach card), if anything. */
  private reservedBottom: number | null = null;

  /** Keeps the columns from Dev to Live above `top` (null: the whole height again). */
  reserveBottom(top: number | null): void {
    if (top === this.reservedBottom) return;
    this.reservedBottom = top;
    if (this.lastModel) this.render(this.lastModel);
  }

  constructor(
    /** The act scene: its glossary explains "WIP" on the limited columns. */
    private readonly scene: Phaser.Scene & { readonly glossary?: GlossaryTips },
    private readonly options: BoardViewOptions,
  ) {
    this.geometry = boardGeometry(options.textRender.scale);
    const geometry = this.geometry;
    this.frames = scene.add.graphics();
    BOARD_COLUMNS.forEach((column) => {
      const x = columnX(column);
      markBox(scene, `column:${column}`, {
        x,
        y: BOARD_AREA.y,
        width: COLUMN_WIDTH,
        height: BOARD_AREA.height,
      });
      const name = addText(
        scene,
        { x: x + 12, y: geometry.nameY },
        options.columnName(column),
        'label',
        { size: 15 },
        options.textRender,
      ).setOrigin(0, 0.5);
      fitText(name, { width: COLUMN_WIDTH - 24, minSize: 11 });
      this.names.set(column, name);
      const meta = addText(
        scene,
        { x: x + 12, y: geometry.metaY },
        '',
        'caption',
        { size: 12 },
        options.textRender,
      ).setOrigin(0, 0.5);
      this.metas.set(column, meta);
      if (column === 'dev' || column === 'test' || column === 'ops')
        scene.glossary?.attach(meta, 'column-wip');
      // The − / + of a WIP limit sit on the count's line, so the stage's name has the header to itself.
      options.makeLimitButtons(column, x + COLUMN_WIDTH - 12, geometry.metaY);
      if (column !== 'live') this.scrolls.set(column, { offset: 0, controls: null });
    });
    // The limited columns' headers (names, counts, limits), for the tutorial's WIP step.
    markArea(scene, 'board:limits', {
      x: columnX('dev'),
      y: BOARD_AREA.y,
      width: columnX('ops') + COLUMN_WIDTH - columnX('dev'),
      height: geometry.cardsTop - 8 - BOARD_AREA.y,
    });
    this.onWheel = (pointer, _over, _dx, dy) => {
      if (pointer.y < geometry.cardsTop || pointer.y > CARDS_BOTTOM || dy === 0) return;
      const column = BOARD_COLUMNS.find(
        (c) => pointer.x >= columnX(c) && pointer.x <= columnX(c) + COLUMN_WIDTH,
      );
      if (column) this.scroll(column, Math.sign(dy) * 2);
    };
    scene.input.on(Phaser.Input.Events.POINTER_WHEEL, this.onWheel);
  }

  /** A crowded column's footer: ▲, which cards are on show, ▼ (ten buttons the first frame need not build). */
  private makeScrollControls(column: BoardColumn): ScrollControls {
    const index = BOARD_COLUMNS.indexOf(column);
    const x = columnX(column);
    const y = CARDS_BOTTOM - this.geometry.footerHeight / 2 + 2;
    const { scene, options } = this;
    const arrow = (direction: 'up' | 'down', at: number) => {
      const button = new Button(scene, {
        x: at,
        y,
        width: 26,
        height: 22,
        label: '',
        icon: iconKey(direction === 'up' ? 'chevron-up' : 'chevron-down'),
        description: options.scrollLabel?.(direction) ?? direction,
        playSound: () => {},
        textRender: options.textRender,
        onActivate: () => this.scroll(column, direction === 'up' ? -3 : 3),
      }).setVisible(false);
      options.focusGroup.add(button, 10_000 + index * 100 + 99);
      return button;
    };
    const footer = addText(
      scene,
      { x: x + COLUMN_WIDTH / 2, y },
      '',
      'caption',
      { size: 11 },
      options.textRender,
    ).setOrigin(0.5);
    return {
      footer,
      up: arrow('up', x + 19),
      down: arrow('down', x + COLUMN_WIDTH - 19),
    };
  }

  /** Moves a crowded column's window of cards by `rows`. */
  scroll(column: BoardColumn, rows: number): void {
    const scroll = this.scrolls.get(column);
    if (!scroll) return;
    scroll.offset = Math.max(0, scroll.offset + rows);
    if (this.lastModel) this.render(this.lastModel);
  }

  /** The free part of a column's header line, right of its name (for a short "+2 live"). */
  headerRoom(column: BoardColumn): { x: number; y: number; width: number } {
    const name = this.names.get(column);
    const right = columnX(column) + COLUMN_WIDTH - 12;
    const left = (name?.x ?? columnX(column)) + (name?.width ?? 0) + 8;
    return { x: right, y: this.geometry.nameY, width: right - left };
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
    return view?.visible ? { x: view.x, y: view.y } : null;
  }

  render(model: BoardModel): void {
    this.lastModel = model;
    this.drawFrames(model);
    const targets = new Map<number, Target>();
    model.columns.forEach((column, columnIndex) => {
      const meta = this.metas.get(column.column);
      if (meta) setTextSize(meta.setText(this.options.columnMeta(column)), 12);
      if (meta)
        fitText(meta, { width: column.limited ? COLUMN_WIDTH - 24 - 62 : COLUMN_WIDTH - 24, minSize: 9 });
      const full = column.limited && column.wipLimit !== null && column.count >= column.wipLimit;
      if (meta) setTextColor(meta, full ? colors.orange : colors.textMuted);
      const scroll = this.scrolls.get(column.column);
      // A coach card over the board's foot (Dev to Live) takes its room from the columns under it.
      const bottom =
        column.column !== 'backlog' && this.reservedBottom !== null
          ? Math.min(CARDS_BOTTOM, this.reservedBottom - 6)
          : CARDS_BOTTOM;
      const layout = columnLayout(column.cards.length, scroll !== undefined, this.geometry, bottom);
      const first = layout.scrolls && scroll ? Math.min(scroll.offset, column.cards.length - layout.rows) : 0;
      if (scroll) {
        scroll.offset = first;
        this.showScroll(
          column.column,
          scroll,
          layout.scrolls,
          { from: first + 1, to: first + layout.rows, total: column.cards.length },
          bottom,
        );
      }
      const height = layout.compact ? this.geometry.compact.height : this.geometry.normal.height;
      column.cards.forEach((card, index) => {
        const row = index - first;
        const onShow = row >= 0 && row < layout.rows;
        // Live keeps only its latest cards; the others are not drawn at all.
        if (!onShow && column.column === 'live' && !this.cards.has(card.id)) return;
        targets.set(card.id, {
          card,
          column: column.column,
          x: columnX(column.column) + COLUMN_WIDTH / 2,
          y: this.geometry.cardsTop + height / 2 + row * layout.step,
          depth: columnIndex * 100 + Math.max(0, row),
          compact: layout.compact,
          onShow,
        });
      });
    });
    this.leaveOrHide(targets);
    for (const column of BOARD_COLUMNS) this.reflow(column, targets);
    for (const [id, target] of targets) this.arriveOrKeep(id, target);
  }

  /** Cards that go: gone from the board, scrolled out of view, or off to another column. */
  private leaveOrHide(targets: Map<number, Target>): void {
    const still = this.options.reducedMotion();
    for (const [id, view] of this.cards) {
      const target = targets.get(id);
      const motion = this.motionOf(view);
      if (!target) {
        this.cards.delete(id);
        this.cardColumns.delete(id);
        this.motions.delete(view);
        this.options.focusGroup.remove(view);
        if (this.selectedId === id) this.selectedId = null;
        this.fadeOut(view, still, () => view.destroy());
        continue;
      }
      view.setModel(target.card);
      if (!target.onShow) {
        // Scrolled out of view: kept (with its place in the Tab order) but hidden.
        this.stopMoves(view);
        view.setVisible(false).disableInteractive();
        motion.phase = 'hidden';
        continue;
      }
      const moved = this.cardColumns.get(id) !== target.column;
      this.cardColumns.set(id, target.column);
      if (moved && (motion.phase === 'still' || motion.phase === 'moving')) {
        // Into another column: out where it was, then in where it goes; it never crosses other cards.
        motion.phase = 'leaving';
        this.fadeOut(view, still, () => {
          motion.phase = 'arriving';
          this.scheduleArrival(view);
        });
      }
    }
  }

  /** The cards staying in a column close up together: same start, same easing, so none crosses another. */
  private reflow(column: BoardColumn, targets: Map<number, Target>): void {
    const staying: [CardView, Target][] = [];
    for (const [id, target] of targets) {
      const view = this.cards.get(id);
      const phase = view ? this.motionOf(view).phase : null;
      if (view && target.column === column && target.onShow && (phase === 'still' || phase === 'moving'))
        staying.push([view, target]);
    }
    const same = (a: Target | null, b: Target) =>
      a !== null && a.x === b.x && a.y === b.y && a.compact === b.compact;
    // Restart only for a new place; then every card of the column restarts, to stay in step.
    const needed = staying.some(([view, target]) => {
      const motion = this.motionOf(view);
      if (motion.phase === 'moving') return !same(motion.target, target);
      return view.x !== target.x || view.y !== target.y || view.compact !== target.compact;
    });
    if (!needed) return;
    const still = this.options.reducedMotion();
    for (const [view, target] of staying) {
      // Each stops where it is (the leavers may still be going) and waits for the column's start.
      this.stopMoves(view);
      view.setDepth(10 + target.depth / 1000);
      this.motionOf(view).target = target;
      if (still) {
        view.setCompact(target.compact).setPosition(target.x, target.y);
        continue;
      }
      // Smaller first, bigger last: while they move, cards are never taller than their spacing.
      if (target.compact) view.setCompact(true);
      this.motionOf(view).phase = 'moving';
    }
    if (still) return;
    this.moves.planReflow(column, () =>
      // Each to where it is to be by now (a later refresh may have changed that, or sent it elsewhere).
      staying.flatMap(([view]) => {
        const motion = this.motionOf(view);
        const target = motion.target;
        if (!view.active || motion.phase !== 'moving' || target?.column !== column) return [];
        this.scene.tweens.add({
          targets: view,
          x: target.x,
          y: target.y,
          duration: REFLOW_MS,
          ease: 'Sine.easeOut',
          onComplete: () => {
            view.setCompact(target.compact);
            motion.phase = 'still';
            this.moves.finished(view);
          },
        });
        return [view];
      }),
    );
  }

  /** New cards, cards from another column and cards scrolled into view fade in at their place. */
  private arriveOrKeep(id: number, target: Target): void {
    if (!target.onShow) return;
    let view = this.cards.get(id);
    if (!view) {
      view = new CardView(
        this.scene,
        target.card,
        {
          ...this.options.card,
          onHover: (hovered) => this.options.focusGroup.focus(hovered),
          reducedMotion: this.options.reducedMotion,
        },
        target.compact,
      );
      this.cards.set(id, view);
      this.cardColumns.set(id, target.column);
      // Cards follow the static controls in the Tab order, column by column.
      this.options.focusGroup.add(view, 10_000 + target.depth);
      view.setSelected(id === this.selectedId);
      view.setAlpha(0).disableInteractive();
      this.motionOf(view).phase = 'arriving';
    }
    const motion = this.motionOf(view);
    motion.target = target;
    if (motion.phase === 'hidden') {
      motion.phase = 'arriving';
      view.setAlpha(0).setVisible(true);
    }
    if (motion.phase !== 'arriving') return;
    this.scheduleArrival(view);
  }

  private scheduleArrival(view: CardView): void {
    const motion = this.motionOf(view);
    const target = motion.target;
    if (!target) return;
    this.stopMoves(view);
    view
      .setCompact(target.compact)
      .setPosition(target.x, target.y)
      .setDepth(10 + target.depth / 1000)
      .setVisible(true)
      .disableInteractive();
    const done = () => {
      view.setAlpha(1).setInteractive();
      motion.phase = 'still';
    };
    if (this.options.reducedMotion()) {
      done();
      return;
    }
    view.setAlpha(0);
    // After the leavers have gone and its column has closed up: its place is free by then.
    this.moves.arrive(view, target.column, () => {
      this.scene.tweens.add({ targets: view, alpha: 1, duration: ARRIVE_MS, onComplete: done });
    });
  }

  /** Stops a card's tweens, and tells the sequence it no longer moves or waits. */
  private stopMoves(view: CardView): void {
    this.scene.tweens.killTweensOf(view);
    this.moves.stop(view);
  }

  private motionOf(view: CardView): Motion {
    let motion = this.motions.get(view);
    if (!motion) {
      motion = { phase: 'still', target: null };
      this.motions.set(view, motion);
    }
    return motion;
  }

  private showScroll(
    column: BoardColumn,
    scroll: ColumnScroll,
    on: boolean,
    range: { from: number; to: number; total: number },
    bottom: number,
  ): void {
    if (!on && !scroll.controls) return;
    scroll.controls ??= this.makeScrollControls(column);
    const { up, down, footer } = scroll.controls;
    up.setVisible(on);
    down.setVisible(on);
    footer.setVisible(on);
    if (!on) return;
    const y = bottom - this.geometry.footerHeight / 2 + 2;
    for (const part of [up, down, footer]) part.setY(y);
    footer.setText(this.options.scrollText?.(range) ?? `${range.from}–${range.to} / ${range.total}`);
    setTextSize(footer, 11);
    fitText(footer, { width: COLUMN_WIDTH - 2 * 34, minSize: 9 });
    up.setEnabled(range.from > 1);
    down.setEnabled(range.to < range.total);
  }

  /** Fades a card out where it is; it takes no clicks while it goes. */
  private fadeOut(view: CardView, still: boolean, done: () => void): void {
    this.stopMoves(view);
    view.disableInteractive();
    if (still || !view.visible || view.alpha === 0) {
      done();
      return;
    }
    this.moves.leave(view);
    this.scene.tweens.add({
      targets: view,
      alpha: 0,
      duration: LEAVE_MS,
      onComplete: () => {
        done();
        this.moves.finished(view);
      },
    });
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
      g.lineBetween(x + 10, this.geometry.cardsTop - 6, x + COLUMN_WIDTH - 10, this.geometry.cardsTop - 6);
    }
  }

  destroy(): void {
    this.scene.input.off(Phaser.Input.Events.POINTER_WHEEL, this.onWheel);
    for (const view of this.cards.values()) {
      this.options.focusGroup.remove(view);
      view.destroy();
    }
    this.cards.clear();
    for (const { controls } of this.scrolls.values()) {
      if (!controls) continue;
      this.options.focusGroup.remove(controls.up);
      this.options.focusGroup.remove(controls.down);
    }
  }
}

// The act's accessible board and live region together: the mirror's content from the board model,
// the open dialog read from the very overlay on the canvas (same buttons, so a choice made here is
// the canvas's choice), and the engine's news paced through the announcer.
import type { SimEvent } from '../../../engine';
import type { Speed } from '../../act/act-session';
import { announcementsFor, goalReached } from '../../act/announcements';
import { Announcer } from '../../act/announcer';
import type { BoardModel } from '../../act/board-model';
import { buildMirrorView, cardName, type MirrorContext, type Translate } from '../../act/mirror-view';
import type { Button } from '../button';
import { BoardMirror, type MirrorDialog } from './board-mirror';
import type { Overlay } from './overlay';

export interface ActMirrorOptions {
  parent: HTMLElement;
  t: Translate;
  visible: boolean;
  /** A mirror item got the keyboard focus: the canvas shows its ring on the same thing. */
  onFocusCard(itemId: number): void;
  onFocusStaff(staffId: number): void;
  onFocusButton(button: Button): void;
  /** The board's duration format (hours under a day, working days above). */
  duration(hours: number): string;
  /** The board's rate format (deployments a day). */
  perDay(value: number): string;
}

type MirrorInput = Omit<MirrorContext, 't' | 'duration' | 'perDay'>;

export class ActMirror {
  private readonly mirror: BoardMirror;
  private readonly announcer: Announcer;
  private readonly overlayIds = new WeakMap<Overlay, number>();
  private nextOverlayId = 1;
  private dialogButtons = new Map<string, Button>();
  private lastGoal: { featuresShipped: number; target: number } | null = null;

  constructor(private readonly options: ActMirrorOptions) {
    const { t } = options;
    this.announcer = new Announcer({
      join: (messages) => messages.join(' '),
      more: (count) => t('mirror.say.more', { count }),
    });
    this.mirror = new BoardMirror({
      parent: options.parent,
      visible: options.visible,
      labels: {
        region: t('mirror.region'),
        board: t('mirror.board'),
        controls: t('mirror.controls'),
        status: t('mirror.status'),
      },
      onFocus: (id) => this.followFocus(id),
    });
  }

  setVisible(visible: boolean): void {
    this.mirror.setVisible(visible);
  }

  /** Re-describes the board and the dialog in front of it (cheap: the page keeps its elements). */
  render(model: BoardModel, input: MirrorInput, dialog: Overlay | null): void {
    const view = buildMirrorView(model, {
      ...input,
      t: this.options.t,
      duration: this.options.duration,
      perDay: this.options.perDay,
    });
    view.dialog = dialog ? this.describe(dialog) : null;
    this.mirror.render(view);
    if (
      this.lastGoal &&
      goalReached(this.lastGoal, { featuresShipped: model.goal.featuresShipped, target: model.goal.target })
    )
      this.announcer.push(this.options.t('mirror.say.goalReached', { count: model.goal.featuresShipped }));
    this.lastGoal = { featuresShipped: model.goal.featuresShipped, target: model.goal.target };
  }

  /** The engine's news for the live region. */
  onEvents(events: readonly SimEvent[], lookup: { beatTitleKey(beatId: string): string | null }): void {
    const { t } = this.options;
    for (const said of announcementsFor(events, {
      workTypeOf: () => null,
      beatTitleKey: (id) => lookup.beatTitleKey(id),
    })) {
      const p = said.params;
      switch (said.key) {
        case 'request':
          this.announcer.push(
            t('mirror.say.request', {
              name: cardName(t, { type: p.type as never, id: Number(p.id) }),
            }),
          );
          break;
        case 'incidentResolved':
        case 'outageResolved':
          this.announcer.push(
            t(`mirror.say.${said.key}`, { id: p.id, duration: this.options.duration(Number(p.hours)) }),
          );
          break;
        case 'storyBeat':
          this.announcer.push(t('mirror.say.storyBeat', { title: t(String(p.titleKey)) }));
          break;
        default:
          this.announcer.push(t(`mirror.say.${said.key}`, p));
      }
    }
  }

  /** Says a sentence of the act's own (a story card's question) at the live region's pace. */
  say(message: string): void {
    this.announcer.push(message);
  }

  announceResult(score: number, stars: number): void {
    this.announcer.push(this.options.t('mirror.say.result', { score, stars }));
  }

  /** Called every frame with the page's clock: says what waits, at most once a second. */
  tick(now: number): void {
    const message = this.announcer.take(now);
    if (message) this.mirror.announce(message);
  }

  destroy(): void {
    this.mirror.destroy();
    this.announcer.clear();
    this.dialogButtons.clear();
  }

  private describe(overlay: Overlay): MirrorDialog {
    let id = this.overlayIds.get(overlay);
    if (id === undefined) {
      id = this.nextOverlayId++;
      this.overlayIds.set(overlay, id);
    }
    const { texts, buttons, focusFirst } = overlay.mirrorContent();
    this.dialogButtons = new Map();
    const items = buttons.map((button, index) => {
      const itemId = `dialog-${id}-${index}`;
      this.dialogButtons.set(itemId, button);
      return {
        id: itemId,
        label: button.accessibleLabel,
        disabled: !button.enabled,
        onActivate: () => button.activate(),
      };
    });
    return {
      id: `dialog-${id}`,
      title: texts[0] ?? '',
      body: texts.slice(1).join(' '),
      items,
      // Where every choice matters (a story beat) nothing is preselected: the dialog's title is.
      focusId: focusFirst && items[0] ? items[0].id : null,
    };
  }

  private followFocus(id: string | null): void {
    if (!id) return;
    const [kind, rest] = [id.slice(0, id.indexOf('-')), id.slice(id.indexOf('-') + 1)];
    if (kind === 'card') this.options.onFocusCard(Number(rest));
    else if (kind === 'staff') this.options.onFocusStaff(Number(rest));
    else if (kind === 'dialog') {
      const button = this.dialogButtons.get(id);
      if (button) this.options.onFocusButton(button);
    }
  }
}

export type { Speed };

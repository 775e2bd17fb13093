// The player's moves on the board, whichever way they come (a click, a key, the accessible board):
// each is an engine command; a refusal is said with its reason and a sound, and the act is saved.
import type { Command, CommandResult, WorkStage } from '../../../engine';
import type { ActSession } from '../../act/act-session';
import type { CardModel } from '../../act/board-model';
import type { TriageDecision } from '../../act/key-map';
import { nextWipLimit } from '../../act/wip-limit';
import type { WidgetHost } from '../../scenes/base-scene';

export interface BoardMovesOptions {
  host: WidgetHost;
  session: () => ActSession;
  /** The card picked for assigning (the board's selection). */
  selection: { readonly selected: number | null; select(itemId: number | null): void };
  /** A short message on the board's message strip. */
  say: (message: string, tone?: 'warning') => void;
  /** The request the Incoming panel shows (what A / S / R decide). */
  shownRequestId: () => number | null;
  save: () => void;
}

export class BoardMoves {
  constructor(private readonly options: BoardMovesOptions) {}

  command(command: Command): CommandResult {
    const { host, session } = this.options;
    const result = session().dispatch(command);
    // A command that took effect has already refreshed the board through the session's events.
    if (!result.ok) {
      host.playSound('error');
      this.options.say(this.refusalNote(command, result.reason), 'warning');
    } else if (command.type === 'deploy' && session().speed === 0) {
      this.options.say(host.t('house.deployQueued'));
    }
    this.options.save();
    return result;
  }

  /** A card click: Backlog and finished cards are pulled on; others are selected for assigning. */
  activateCard(card: Pick<CardModel, 'id'>): void {
    const item = this.options.session().run.state.items[card.id];
    if (!item) return;
    const pullable =
      item.place === 'backlog' || ((item.place === 'dev' || item.place === 'test') && item.need === null);
    if (pullable) {
      const result = this.command({ type: 'pull', itemId: card.id });
      if (result.ok) this.options.host.playSound('click');
      return;
    }
    const { selection } = this.options;
    selection.select(selection.selected === card.id ? null : card.id);
    if (selection.selected !== null) this.options.say(this.options.host.t('board.pickPerson'));
  }

  /** A person click: the selected card is assigned to them. */
  activateStaff(staffId: number): void {
    const { selection } = this.options;
    const selected = selection.selected;
    if (selected === null) {
      this.options.say(this.options.host.t('board.pickCardFirst'), 'warning');
      return;
    }
    const result = this.command({ type: 'assign', itemId: selected, staffId });
    if (result.ok) selection.select(null);
  }

  /** Decides the request the player aimed at; refused with a note if it has moved on meanwhile. */
  triage(decision: TriageDecision, itemId: number): void {
    this.command({ type: 'triage', itemId, decision });
  }

  /** A triage decision for the request on show (keys A / S / R). */
  triageShown(decision: TriageDecision): void {
    const shown = this.options.shownRequestId();
    if (shown !== null) this.triage(decision, shown);
  }

  changeWipLimit(stage: WorkStage, delta: 1 | -1): void {
    const state = this.options.session().run.state;
    const limit = nextWipLimit(state.settings.wipLimits[stage], delta, state.places[stage].length);
    this.command({ type: 'setWipLimit', stage, limit });
  }

  /** Why a command was refused; an item that has moved on since it was aimed at is named. */
  private refusalNote(command: Command, reason: string): string {
    const { t } = this.options.host;
    const aimed = 'itemId' in command ? this.options.session().run.state.items[command.itemId] : undefined;
    if (aimed && (reason === 'wrong-place' || reason === 'unknown-item')) {
      const item = t('board.cardTitle', { type: t(`work.${aimed.type}`), id: aimed.id });
      return t('house.movedOn', { item });
    }
    return t(`reject.${reason}`);
  }
}

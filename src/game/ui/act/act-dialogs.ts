// The act's dialogs on the canvas: makes and destroys the tutorial, story and incident cards, help
// (with its Glossary), the leave question and the results (with "Share result"), following the rules
// of the dialog stack, and gives the keyboard focus back to where it was as each one closes.
import type { Command, StoryBeat } from '../../../engine';
import { optionMoot } from '../../../engine';
import type { ActSession } from '../../act/act-session';
import { BackAction, DialogKind, DialogStack, HelpAction } from '../../act/dialog-stack';
import { speakerOf } from '../../act/story-speakers';
import { answerWithoutAsking } from '../../act/story-state';
import type { WidgetHost } from '../../scenes/base-scene';
import type { Disposable } from '../../services';
import type { Focusable, FocusGroup } from '../focus-group';
import { HelpOverlay } from './help-overlay';
import { IncidentPrompt } from './incident-card';
import { LeaveDialog } from './leave-dialog';
import type { Overlay } from './overlay';
import type { ResultsPanel } from './results-panel';
import { type Character, StoryCard } from './story-card';
import { Tutorial, type TutorialStep } from './tutorial';

export interface ActDialogsOptions {
  host: WidgetHost;
  focusGroup: FocusGroup;
  session: () => ActSession;
  command: (command: Command) => void;
  constraintName: () => string;
  /** Is a click under way? A story card waits for its release, so the dialog never swallows it. */
  pointerDown: () => boolean;
  /** Calls back once the pointer is released (and a frame later), or never if the scene ends first. */
  afterPointerUp: (callback: () => void) => void;
  /** A story card has opened (the accessible board says its question). */
  onStoryShown?: (beat: StoryBeat, character: Character) => void;
}

export class ActDialogs implements Disposable {
  private readonly stack = new DialogStack<Focusable>();
  private tutorial: Tutorial | null = null;
  private storyCard: StoryCard | null = null;
  private storyBeatId: string | null = null;
  private storyWaitsForPointer = false;
  private help: HelpOverlay | null = null;
  private leaveDialog: LeaveDialog | null = null;
  private results: ResultsPanel | null = null;
  private readonly incidentPrompt: IncidentPrompt;
  private readonly removeButton: (button: Focusable) => void;

  constructor(private readonly options: ActDialogsOptions) {
    this.removeButton = (button) => options.focusGroup.remove(button);
    this.incidentPrompt = new IncidentPrompt(options.host, {
      constraintName: options.constraintName,
      removeButton: this.removeButton,
      onChoose: (itemId, response) => options.command({ type: 'respondToIncident', itemId, response }),
      onOpen: () => this.opened(DialogKind.Incident),
      onClose: () => this.closed(DialogKind.Incident),
    });
  }

  /** Any dialog is in front of the board (the board's own keys wait). */
  get blocksBoardKeys(): boolean {
    return this.stack.blocksBoardKeys;
  }

  get showsResults(): boolean {
    return this.results !== null;
  }

  /** The results panel, once the act has ended. */
  get resultsPanel(): ResultsPanel | null {
    return this.results;
  }

  /** Whether the dialogs hold the act's clock now (story and incident cards only for a player). */
  holdsClock(): boolean {
    const session = this.options.session();
    if (this.stack.holdsClock) return true;
    if (session.policyDriven) return false;
    // A beat waiting to be shown (its card opens once the pointer is up) holds the clock as its card does.
    return session.run.state.pendingBeat !== null || this.incidentPrompt.open;
  }

  /** The dialog in front of the board, as the player sees it: the topmost one. */
  front(): Overlay | null {
    switch (this.stack.front) {
      case DialogKind.Leave:
        return this.leaveDialog;
      case DialogKind.Glossary:
      case DialogKind.Help:
        return this.help?.nested ?? this.help;
      case DialogKind.Share:
      case DialogKind.Results:
        return this.results?.nested ?? this.results;
      case DialogKind.Story:
        return this.storyCard;
      case DialogKind.Incident:
        return this.incidentPrompt.current;
      case DialogKind.Tutorial:
        return this.tutorial?.current ?? null;
      default:
        return null;
    }
  }

  /** Shows the act's tutorial (first visit, or after "Replay tutorials" in Settings). */
  startTutorial(steps: readonly TutorialStep[], onDone: () => void): void {
    this.closeTutorial();
    if (!this.opened(DialogKind.Tutorial)) return;
    this.tutorial = new Tutorial(this.options.host, steps, {
      removeButton: this.removeButton,
      onDone: () => {
        this.tutorial = null;
        this.closed(DialogKind.Tutorial);
        onDone();
      },
    });
  }

  /** ? : help opens over the bare board only, and closes (with its Glossary) when open. */
  toggleHelp(): void {
    const action = this.stack.help;
    if (action === HelpAction.Close) this.closeHelp();
    else if (action === HelpAction.Open) this.openHelp();
  }

  /** Esc: closes the front-most of the Glossary, help and the leave question, else asks to leave. */
  back(askToLeave: () => void): void {
    switch (this.stack.back) {
      case BackAction.CloseGlossary:
        this.help?.closeGlossary();
        break;
      case BackAction.CloseHelp:
        this.closeHelp();
        break;
      case BackAction.CloseLeave:
        this.closeLeaveDialog();
        break;
      case BackAction.AskToLeave:
        askToLeave();
        break;
      case BackAction.Ignore:
        break;
    }
  }

  /** The leave question ("Keep playing" first and focused). */
  openLeaveDialog(onLeave: () => void): void {
    if (!this.opened(DialogKind.Leave)) return;
    this.leaveDialog = new LeaveDialog(this.options.host, {
      onStay: () => this.closeLeaveDialog(),
      onLeave,
      removeButton: this.removeButton,
    });
  }

  closeLeaveDialog(): void {
    if (!this.leaveDialog) return;
    this.leaveDialog.destroy();
    this.leaveDialog = null;
    this.closed(DialogKind.Leave);
  }

  /** The story card of the pending beat and the incident card behind it, as the engine's state has them. */
  sync(): void {
    this.syncStoryCard();
    // A story card first; an incident's decision waits behind it (one dialog at a time).
    const suppressed = this.stack.suppressesIncident || this.options.session().policyDriven;
    this.incidentPrompt.sync(this.options.session().run.state, suppressed);
  }

  /** The end of the act: every other dialog gives way to the results panel, made by `make`. */
  showResults(make: (onShare: (open: boolean) => void) => ResultsPanel): ResultsPanel {
    this.closeStoryCard();
    this.closeLeaveDialog();
    this.closeHelp();
    this.incidentPrompt.close();
    this.opened(DialogKind.Results);
    this.results = make((open) => {
      if (open) this.opened(DialogKind.Share);
      else this.closed(DialogKind.Share);
    });
    return this.results;
  }

  close(): void {
    // The scene is going: nothing to give the focus back to.
    this.stack.clear();
    this.closeTutorial();
    this.storyCard?.destroy();
    this.storyCard = null;
    this.help?.destroy();
    this.help = null;
    this.leaveDialog?.destroy();
    this.leaveDialog = null;
    this.results?.destroy();
    this.results = null;
    this.incidentPrompt.close();
  }

  private openHelp(): void {
    if (!this.opened(DialogKind.Help)) return;
    this.help = new HelpOverlay(this.options.host, {
      onClose: () => this.closeHelp(),
      removeButton: this.removeButton,
      onGlossary: (open) => {
        if (open) this.opened(DialogKind.Glossary);
        else this.closed(DialogKind.Glossary);
      },
    });
  }

  private closeHelp(): void {
    if (!this.help) return;
    // The Glossary goes with the key list; the focus returns to where it was before help opened.
    this.stack.closed(DialogKind.Glossary);
    this.help.destroy();
    this.help = null;
    this.closed(DialogKind.Help);
  }

  private closeTutorial(): void {
    if (!this.tutorial) return;
    this.tutorial.destroy();
    this.tutorial = null;
    this.closed(DialogKind.Tutorial);
  }

  private closeStoryCard(): void {
    if (!this.storyCard) return;
    this.storyCard.destroy();
    this.storyCard = null;
    this.closed(DialogKind.Story);
  }

  private syncStoryCard(): void {
    const session = this.options.session();
    const state = session.run.state;
    const pending = state.pendingBeat;
    if (pending?.beatId === this.storyBeatId) return;
    // A beat whose proposal is already so asks nothing: it is answered with it (logged; it changes nothing).
    const due =
      pending && !session.policyDriven ? state.storyBeats.find((b) => b.id === pending.beatId) : null;
    const answer = due ? answerWithoutAsking(state, due) : null;
    if (pending && answer) {
      this.storyBeatId = pending.beatId;
      session.dispatch({ type: 'chooseStoryOption', beatId: pending.beatId, optionId: answer });
      return;
    }
    // A click under way (pointer down on the board) finishes first; the card opens as it is released,
    // so the dialog never swallows it.
    if (pending && this.options.pointerDown()) {
      if (!this.storyWaitsForPointer) {
        this.storyWaitsForPointer = true;
        this.options.afterPointerUp(() => {
          this.storyWaitsForPointer = false;
          this.sync();
        });
      }
      return;
    }
    this.closeStoryCard();
    this.storyBeatId = pending?.beatId ?? null;
    if (!pending || session.policyDriven) return;
    const beat = state.storyBeats.find((b) => b.id === pending.beatId);
    if (!beat || !this.opened(DialogKind.Story)) return;
    const { host } = this.options;
    host.playSound('story');
    const character = speakerOf(beat.id);
    this.storyCard = new StoryCard(host, {
      beat,
      character,
      removeButton: this.removeButton,
      isMoot: (option) => optionMoot(this.options.session().run.state, option),
      onChoose: (optionId) => this.options.command({ type: 'chooseStoryOption', beatId: beat.id, optionId }),
    });
    this.options.onStoryShown?.(beat, character);
  }

  /** Records an opening with the focus as it is now (before the dialog takes it). */
  private opened(kind: DialogKind): boolean {
    return this.stack.opened(kind, this.options.focusGroup.focused ?? null);
  }

  /** Records a closing and puts the focus back where it was, or nowhere if that control has gone. */
  private closed(kind: DialogKind): void {
    const restore = this.stack.closed(kind);
    if (!restore) return;
    const { focusGroup } = this.options;
    if (restore.focus) focusGroup.focus(restore.focus);
    if (!restore.focus || focusGroup.focused !== restore.focus) focusGroup.blur();
  }
}

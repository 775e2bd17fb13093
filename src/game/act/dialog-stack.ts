// Which dialogs are open over an act's board, and the rules between them: which may open over which,
// which one is in front, what holds the clock or the board's keys, what Esc and ? do, and where the
// keyboard focus goes back to when one closes. Pure: the act's dialog glue (ui/act/act-dialogs.ts)
// makes and destroys the overlays and carries these answers out.

export enum DialogKind {
  Tutorial = 'tutorial',
  Story = 'story',
  Incident = 'incident',
  Results = 'results',
  Leave = 'leave',
  Help = 'help',
  /** The Glossary page, opened from Help. */
  Glossary = 'glossary',
  /** "Share result", opened from the results. */
  Share = 'share',
}

/** Front to back, as they are drawn: the first open one is the one the player sees and answers. */
const FRONT_TO_BACK: readonly DialogKind[] = [
  DialogKind.Leave,
  DialogKind.Glossary,
  DialogKind.Help,
  DialogKind.Share,
  DialogKind.Results,
  DialogKind.Story,
  DialogKind.Incident,
  DialogKind.Tutorial,
];

/** What Esc does, given what is open. */
export enum BackAction {
  CloseGlossary = 'close-glossary',
  CloseHelp = 'close-help',
  CloseLeave = 'close-leave',
  /** Save, then ask whether to leave. */
  AskToLeave = 'ask-to-leave',
  /** The act is over: nothing to ask. */
  Ignore = 'ignore',
}

/** What ? does, given what is open. */
export enum HelpAction {
  Open = 'open',
  Close = 'close',
  Ignore = 'ignore',
}

/**
 * The open dialogs in the order they opened, each with the focus that was current as it opened (`F`
 * is whatever the caller focuses: a control, or null for "nothing focused").
 */
export class DialogStack<F> {
  private readonly entries: { kind: DialogKind; focus: F | null }[] = [];

  isOpen(kind: DialogKind): boolean {
    return this.entries.some((entry) => entry.kind === kind);
  }

  /** Any dialog at all is in front of the board. */
  get any(): boolean {
    return this.entries.length > 0;
  }

  /** The open dialogs, in the order they opened. */
  get open(): DialogKind[] {
    return this.entries.map((entry) => entry.kind);
  }

  /** Whether `kind` may open now. */
  canOpen(kind: DialogKind): boolean {
    if (this.isOpen(kind)) return false;
    switch (kind) {
      case DialogKind.Help:
        // Help opens only over the bare board: never over a story, the tutorial or another dialog.
        return !this.any;
      case DialogKind.Glossary:
        return this.isOpen(DialogKind.Help);
      case DialogKind.Share:
        return this.isOpen(DialogKind.Results);
      case DialogKind.Incident:
        // One decision at a time: a story card, help, the tutorial or the results come first.
        return !this.suppressesIncident;
      default:
        // Nothing opens over the results but what they open themselves.
        return !this.isOpen(DialogKind.Results);
    }
  }

  /** Records that `kind` opened while `focus` had the focus. Refused (false) when it may not open. */
  opened(kind: DialogKind, focus: F | null): boolean {
    if (!this.canOpen(kind)) return false;
    this.entries.push({ kind, focus });
    return true;
  }

  /**
   * Records that `kind` closed. Returns where the focus goes back to — `{ focus }`, null meaning
   * "nothing focused" — or null when the focus stays as it is: a dialog that closes from under a later
   * one hands the focus it kept on to that one, which gives it back when it closes in turn.
   */
  closed(kind: DialogKind): { focus: F | null } | null {
    const at = this.entries.findIndex((entry) => entry.kind === kind);
    if (at < 0) return null;
    const [entry] = this.entries.splice(at, 1);
    const above = this.entries[at];
    if (!entry) return null;
    if (above) {
      above.focus = entry.focus;
      return null;
    }
    return { focus: entry.focus };
  }

  /** The dialog the player sees in front, if any. */
  get front(): DialogKind | null {
    return FRONT_TO_BACK.find((kind) => this.isOpen(kind)) ?? null;
  }

  /** Dialogs that hold the act's clock whoever plays (a story or incident card holds it for players only). */
  get holdsClock(): boolean {
    return (
      this.isOpen(DialogKind.Help) ||
      this.isOpen(DialogKind.Glossary) ||
      this.isOpen(DialogKind.Tutorial) ||
      this.isOpen(DialogKind.Leave)
    );
  }

  /** The board's own keys (speed, triage, deploy…) reach it only when nothing is in front. */
  get blocksBoardKeys(): boolean {
    return this.any;
  }

  /** An incident's card waits while these have the player's attention (the leave question does not). */
  get suppressesIncident(): boolean {
    return (
      this.isOpen(DialogKind.Story) ||
      this.isOpen(DialogKind.Help) ||
      this.isOpen(DialogKind.Tutorial) ||
      this.isOpen(DialogKind.Results)
    );
  }

  /** Esc closes the front-most of the Glossary, help and the leave question; otherwise it asks to leave. */
  get back(): BackAction {
    if (this.isOpen(DialogKind.Results)) return BackAction.Ignore;
    if (this.isOpen(DialogKind.Glossary)) return BackAction.CloseGlossary;
    if (this.isOpen(DialogKind.Help)) return BackAction.CloseHelp;
    if (this.isOpen(DialogKind.Leave)) return BackAction.CloseLeave;
    return BackAction.AskToLeave;
  }

  /** ? opens help over the bare board and closes it (with its Glossary) when it is open. */
  get help(): HelpAction {
    if (this.isOpen(DialogKind.Help)) return HelpAction.Close;
    return this.canOpen(DialogKind.Help) ? HelpAction.Open : HelpAction.Ignore;
  }

  /** Forgets everything (the scene shuts down). */
  clear(): void {
    this.entries.length = 0;
  }
}

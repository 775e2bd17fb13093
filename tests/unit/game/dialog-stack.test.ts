import { describe, expect, it } from 'vitest';
import { BackAction, DialogKind, DialogStack, HelpAction } from '../../../src/game/act/dialog-stack';

/** Controls are named by strings here; null is "nothing focused". */
const stack = () => new DialogStack<string>();

describe('the act dialog stack', () => {
  it('opens help over the bare board only, never over another dialog', () => {
    const dialogs = stack();
    expect(dialogs.help).toBe(HelpAction.Open);
    dialogs.opened(DialogKind.Story, null);
    expect(dialogs.help).toBe(HelpAction.Ignore);
    expect(dialogs.opened(DialogKind.Help, null)).toBe(false);
    expect(dialogs.isOpen(DialogKind.Help)).toBe(false);
    for (const kind of [DialogKind.Tutorial, DialogKind.Incident, DialogKind.Leave, DialogKind.Results]) {
      const other = stack();
      other.opened(kind, null);
      expect(other.canOpen(DialogKind.Help), kind).toBe(false);
    }
  });

  it('gives the focus back to the control that had it when help opened', () => {
    const dialogs = stack();
    expect(dialogs.opened(DialogKind.Help, 'Deploy')).toBe(true);
    expect(dialogs.help).toBe(HelpAction.Close);
    expect(dialogs.closed(DialogKind.Help)).toEqual({ focus: 'Deploy' });
    expect(dialogs.any).toBe(false);
  });

  it('opens the Glossary only over help, and Esc closes it first, back to the key list', () => {
    const dialogs = stack();
    expect(dialogs.canOpen(DialogKind.Glossary)).toBe(false);
    dialogs.opened(DialogKind.Help, 'Card #3');
    expect(dialogs.opened(DialogKind.Glossary, 'Glossary')).toBe(true);
    expect(dialogs.front).toBe(DialogKind.Glossary);
    expect(dialogs.back).toBe(BackAction.CloseGlossary);
    expect(dialogs.closed(DialogKind.Glossary)).toEqual({ focus: 'Glossary' });
    expect(dialogs.back).toBe(BackAction.CloseHelp);
    expect(dialogs.closed(DialogKind.Help)).toEqual({ focus: 'Card #3' });
    expect(dialogs.back).toBe(BackAction.AskToLeave);
  });

  it('restores "nothing focused" when the leave question closes over a story card', () => {
    const dialogs = stack();
    dialogs.opened(DialogKind.Story, 'Deploy');
    // The story card opens with nothing focused; Esc asks to leave from there.
    expect(dialogs.back).toBe(BackAction.AskToLeave);
    dialogs.opened(DialogKind.Leave, null);
    expect(dialogs.front).toBe(DialogKind.Leave);
    expect(dialogs.back).toBe(BackAction.CloseLeave);
    // Back to the story with nothing focused, so Enter picks no option by accident.
    expect(dialogs.closed(DialogKind.Leave)).toEqual({ focus: null });
    expect(dialogs.closed(DialogKind.Story)).toEqual({ focus: 'Deploy' });
  });

  it('hands the kept focus on when a dialog closes from under a later one', () => {
    const dialogs = stack();
    dialogs.opened(DialogKind.Incident, 'Accept #7');
    // A story beat arrives: its card opens over the incident card (whose default had the focus)…
    dialogs.opened(DialogKind.Story, 'Fix forward');
    expect(dialogs.suppressesIncident).toBe(true);
    // …and the incident card steps back: no focus moves now.
    expect(dialogs.closed(DialogKind.Incident)).toBeNull();
    // Answering the story returns to the board control, not to the incident card's vanished button.
    expect(dialogs.closed(DialogKind.Story)).toEqual({ focus: 'Accept #7' });
  });

  it('puts a story card in front of an incident card, and the leave question in front of all', () => {
    const dialogs = stack();
    dialogs.opened(DialogKind.Tutorial, null);
    expect(dialogs.front).toBe(DialogKind.Tutorial);
    dialogs.opened(DialogKind.Story, null);
    expect(dialogs.front).toBe(DialogKind.Story);
    dialogs.opened(DialogKind.Leave, null);
    expect(dialogs.front).toBe(DialogKind.Leave);
    expect(dialogs.open).toEqual([DialogKind.Tutorial, DialogKind.Story, DialogKind.Leave]);
  });

  it('lets an incident card open only while no story, help, tutorial or results has the attention', () => {
    for (const kind of [DialogKind.Story, DialogKind.Help, DialogKind.Tutorial, DialogKind.Results]) {
      const dialogs = stack();
      dialogs.opened(kind, null);
      expect(dialogs.canOpen(DialogKind.Incident), kind).toBe(false);
    }
    const leaving = stack();
    leaving.opened(DialogKind.Leave, null);
    expect(leaving.canOpen(DialogKind.Incident)).toBe(true);
  });

  it('holds the clock for help, the Glossary, the tutorial and the leave question', () => {
    for (const kind of [DialogKind.Help, DialogKind.Tutorial, DialogKind.Leave]) {
      const dialogs = stack();
      dialogs.opened(kind, null);
      expect(dialogs.holdsClock, kind).toBe(true);
    }
    // Story and incident cards hold it only for a player: the act decides (the policy bot plays on).
    const story = stack();
    story.opened(DialogKind.Story, null);
    expect(story.holdsClock).toBe(false);
    expect(story.blocksBoardKeys).toBe(true);
    expect(stack().blocksBoardKeys).toBe(false);
  });

  it('lets nothing but "Share result" open over the results, and Esc asks nothing there', () => {
    const dialogs = stack();
    expect(dialogs.canOpen(DialogKind.Share)).toBe(false);
    dialogs.opened(DialogKind.Results, 'Deploy');
    for (const kind of [DialogKind.Leave, DialogKind.Story, DialogKind.Tutorial, DialogKind.Help])
      expect(dialogs.canOpen(kind), kind).toBe(false);
    expect(dialogs.opened(DialogKind.Share, 'Share result')).toBe(true);
    expect(dialogs.front).toBe(DialogKind.Share);
    expect(dialogs.back).toBe(BackAction.Ignore);
    expect(dialogs.closed(DialogKind.Share)).toEqual({ focus: 'Share result' });
    expect(dialogs.front).toBe(DialogKind.Results);
  });

  it('opens each dialog once, and a close of what is not open changes nothing', () => {
    const dialogs = stack();
    expect(dialogs.opened(DialogKind.Leave, 'a')).toBe(true);
    expect(dialogs.opened(DialogKind.Leave, 'b')).toBe(false);
    expect(dialogs.closed(DialogKind.Help)).toBeNull();
    expect(dialogs.closed(DialogKind.Leave)).toEqual({ focus: 'a' });
    expect(dialogs.closed(DialogKind.Leave)).toBeNull();
  });
});

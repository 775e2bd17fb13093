// The layout check itself: each of its rules finds the defect it is for, and a sound layout passes.
import { describe, expect, it } from 'vitest';
import {
  type LayoutKind,
  type LayoutNode,
  type LayoutSnapshot,
  ownerOf,
} from '../../../src/game/layout-geometry';
import { layoutProblems } from '../../e2e/support/layout';

let nextId = 0;
function node(
  kind: LayoutKind,
  name: string,
  [left, top, right, bottom]: [number, number, number, number],
  extra: Partial<LayoutNode> = {},
): LayoutNode {
  const id = nextId++;
  return {
    id,
    kind,
    name,
    rect: { left, top, right, bottom },
    order: id,
    ancestors: [],
    box: kind === 'box' || kind === 'control',
    anchor: { x: left + 1, y: (top + bottom) / 2 },
    owner: null,
    ...extra,
  };
}

/** As the page builds it: each text and control with its box, found above the modal shade if it is. */
function snapshot(nodes: LayoutNode[], modalOrder: number | null = null): LayoutSnapshot {
  const modal = modalOrder ?? -1;
  const above = nodes.filter((n) => n.order > modal);
  const owned = nodes.map((n) =>
    n.kind === 'text' || n.kind === 'control'
      ? { ...n, owner: ownerOf(n, n.order > modal ? above : nodes)?.id ?? null }
      : n,
  );
  return { scene: 'Test', width: 1280, height: 720, nodes: owned, modalOrder };
}

describe('layoutProblems', () => {
  it('at 150% text, finds a text made at 100% and one fitted below the larger floor', () => {
    const panel = node('box', 'team', [970, 60, 1270, 600]);
    const scaled = node('text', 'Kai', [990, 80, 1040, 104], { font: { size: 24, scale: 1.5 } });
    const unscaled = node('text', 'Team', [990, 120, 1040, 134], { font: { size: 14, scale: 1 } });
    const shrunk = node('text', 'card, then person', [990, 150, 1100, 162], {
      font: { size: 11, scale: 1.5 },
    });
    expect(layoutProblems(snapshot([panel, scaled, unscaled, shrunk]), { textScale: 1.5 })).toEqual([
      expect.stringContaining('is made at 100% text, not 150%'),
      expect.stringContaining('is 11px, below 12.75px at 150% text'),
    ]);
    expect(layoutProblems(snapshot([panel, unscaled]))).toEqual([]);
  });

  it('passes a text inside its panel, clear of the button beside it', () => {
    const panel = node('box', 'release', [430, 606, 812, 712]);
    const label = node('text', 'Batch size', [448, 636, 598, 666]);
    const deploy = node('control', 'Deploy', [620, 632, 796, 696]);
    expect(layoutProblems(snapshot([panel, label, deploy]))).toEqual([]);
  });

  it('finds a text covered by a control that is not its own (the English Deploy button)', () => {
    const panel = node('box', 'release', [430, 606, 812, 712]);
    const label = node('text', 'Batch size (changes per release)', [448, 645, 634, 660]);
    const deploy = node('control', 'Deploy', [606, 634, 794, 698]);
    expect(layoutProblems(snapshot([panel, label, deploy]))).toEqual([
      expect.stringContaining('overlaps control "Deploy"'),
    ]);
  });

  it('finds a text that leaves the panel it was placed in', () => {
    const panel = node('box', 'money', [1090, 606, 1264, 712]);
    const label = node('text', 'Ingresos perdidos por caídas', [1106, 666, 1290, 682]);
    expect(layoutProblems(snapshot([panel, label]))).toEqual([expect.stringContaining('leaves box "money"')]);
  });

  it('finds a panel box made after the texts it frames (they would be held to the screen only)', () => {
    const text = node('text', '2 Einträge warten auf Kai', [986, 175, 1268, 193]);
    const box = node('box', 'constraint', [972, 68, 1264, 242]);
    expect(layoutProblems(snapshot([text, box]))).toEqual([
      expect.stringContaining('made after it: not held to it'),
    ]);
    // Made first, the box holds the text, and finds it running past the card's edge.
    const first = node('box', 'constraint', [972, 68, 1264, 242]);
    const held = node('text', '2 Einträge warten auf Kai', [986, 175, 1268, 193]);
    expect(layoutProblems(snapshot([first, held]))).toEqual([
      expect.stringContaining('leaves box "constraint"'),
    ]);
  });

  it('finds a button label wider than its button (the button is the label’s box)', () => {
    const button = node('control', 'Sonido activado', [1016, 401, 1160, 447]);
    const label = node('text', 'Sonido activado', [1042, 414, 1167, 434], { ancestors: [button.id] });
    expect(layoutProblems(snapshot([button, label]))).toEqual([
      expect.stringContaining('leaves control "Sonido activado"'),
    ]);
  });

  it('finds texts over texts, texts over icons and cards over cards', () => {
    const a = node('text', 'Incident #50', [845, 134, 918, 149]);
    const b = node('text', '+1 live', [847, 146, 915, 172]);
    const icon = node('icon', 'icon-pause', [900, 140, 920, 160]);
    const card1 = node('control', 'Card 1', [23, 126, 159, 174]);
    const card2 = node('control', 'Card 2', [23, 144, 159, 192]);
    const problems = layoutProblems(snapshot([a, b, icon, card1, card2]));
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('"Incident #50" [845,134–918,149] overlaps text "+1 live"'),
        expect.stringContaining('overlaps icon "icon-pause"'),
        expect.stringContaining('control "Card 1" [23,126–159,174] overlaps control "Card 2"'),
      ]),
    );
  });

  it('checks only what a modal dialog leaves uncovered', () => {
    const under = node('text', 'Under', [10, 10, 100, 30]);
    const alsoUnder = node('text', 'Also under', [20, 15, 110, 35]);
    const dialog = node('box', 'dialog', [300, 100, 900, 600]);
    const title = node('text', 'Keys', [320, 120, 400, 140]);
    expect(layoutProblems(snapshot([under, alsoUnder, dialog, title], alsoUnder.order + 0.5))).toEqual([]);
    expect(layoutProblems(snapshot([under, alsoUnder, dialog, title]))).toHaveLength(1);
  });

  it('does not give a dialog’s text to a panel under the dialog', () => {
    const column = node('box', 'column', [490, 68, 640, 596]);
    const dialog = node('box', 'keys', [340, 90, 940, 640]);
    const row = node('text', 'Deploy what is ready', [530, 255, 669, 273], { anchor: { x: 530, y: 264 } });
    expect(layoutProblems(snapshot([column, dialog, row], column.order + 0.5))).toEqual([]);
  });

  it('gives a free text to the latest panel drawn under its anchor, else the screen', () => {
    const column = node('box', 'column', [16, 68, 166, 596]);
    const card = node('control', 'Card', [23, 126, 159, 174]);
    const label = node('text', 'On the card', [40, 130, 100, 145]);
    const late = node('control', 'Drawn later', [30, 120, 60, 150]);
    const nodes = [column, card, label, late];
    expect(ownerOf(label, nodes)?.name).toBe('Card');
    const loose = node('text', 'Loose', [1200, 700, 1300, 715]);
    expect(ownerOf(loose, [...nodes, loose])).toBeNull();
    expect(layoutProblems(snapshot([loose]))).toEqual([expect.stringContaining('leaves the screen')]);
  });
});

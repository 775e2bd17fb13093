// The palette, measured: the colours that tell things apart stay apart under the three dichromacies
// (simulated on the palette's values), and every text/background pair the two pages use reaches WCAG
// AA. The facilitator's stylesheet takes its colours from the same theme.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chartLook } from '../../../src/facilitator/chart-style';
import { BAND_COLOR, WORK_LOOK } from '../../../src/game/ui/act/work-look';
import { accentText, colors } from '../../../src/shared/theme';
import {
  contrast,
  type Deficiency,
  deltaE2000,
  labOf,
  linearRgb,
  over,
  seenDifference,
} from './colour-science';

const DEFICIENCIES: (Deficiency | null)[] = [null, 'protanopia', 'deuteranopia', 'tritanopia'];
/** CIEDE2000 between any two colours of a set, for every viewer: well past "just noticeable" (≈2). */
const MIN_DIFFERENCE = 10;
const AA_TEXT = 4.5;
const AA_LARGE_OR_GRAPHIC = 3;

const hex = (value: string) => Number.parseInt(value.replace('#', ''), 16);

/** The smallest difference between two colours of the set, and which pair and viewer it is. */
function closestPair(set: Record<string, number>): { difference: number; pair: string } {
  const entries = Object.entries(set);
  let closest = { difference: Number.POSITIVE_INFINITY, pair: '' };
  for (const deficiency of DEFICIENCIES) {
    for (let i = 0; i < entries.length; i++) {
      for (let j = i + 1; j < entries.length; j++) {
        const [a, x] = entries[i]!;
        const [b, y] = entries[j]!;
        const difference = seenDifference(x, y, deficiency);
        if (difference < closest.difference)
          closest = { difference, pair: `${a}/${b} (${deficiency ?? 'typical'})` };
      }
    }
  }
  return closest;
}

// The colours that must be told apart (each also has an icon, a shape or a name beside it).
const SETS: Record<string, Record<string, number>> = {
  'work types': Object.fromEntries(Object.entries(WORK_LOOK).map(([type, look]) => [type, look.color])),
  'DORA bands': { ...BAND_COLOR },
  'alert levels (load, debt)': { ok: colors.green, warning: colors.orange, danger: colors.vermillion },
  'card borders': {
    alarm: colors.vermillion,
    blocked: colors.orange,
    expedite: colors.yellow,
    plain: colors.border,
  },
  'debrief CFD stages': {
    requested: colors.purple,
    dev: colors.skyBlue,
    test: colors.yellow,
    ops: colors.orange,
    release: colors.blue,
    live: colors.green,
  },
  'debrief better/worse': { better: colors.green, worse: colors.orange },
  'facilitator bands (screen)': Object.fromEntries(
    Object.entries(chartLook('screen').bands).map(([band, css]) => [band, hex(css)]),
  ),
  'facilitator bands (print)': Object.fromEntries(
    Object.entries(chartLook('print').bands).map(([band, css]) => [band, hex(css)]),
  ),
  'facilitator groups (screen)': Object.fromEntries(
    chartLook('screen').groups.map((c, i) => [`group${i}`, hex(c)]),
  ),
  'facilitator groups (print)': Object.fromEntries(
    chartLook('print').groups.map((c, i) => [`group${i}`, hex(c)]),
  ),
};

describe('colour science', () => {
  it('computes CIEDE2000 as Sharma, Wu & Dalal’s test pairs', () => {
    expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 4);
    expect(deltaE2000([50, -1.3802, -84.2814], [50, 0, -82.7485])).toBeCloseTo(1.0, 3);
    expect(deltaE2000([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 3);
    expect(deltaE2000([2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514])).toBeCloseTo(0.9082, 3);
  });

  it('simulates dichromacy: red and green collapse for protanopes and deuteranopes, blue and green for tritanopes', () => {
    const red = 0xd0302a;
    const green = 0x4a8a2a;
    expect(seenDifference(red, green, null)).toBeGreaterThan(30);
    expect(seenDifference(red, green, 'deuteranopia')).toBeLessThan(seenDifference(red, green, null) / 2);
    expect(seenDifference(red, green, 'protanopia')).toBeLessThan(seenDifference(red, green, null) / 2);
    expect(seenDifference(0x3a8ad0, 0x3ab08a, 'tritanopia')).toBeLessThan(
      seenDifference(0x3a8ad0, 0x3ab08a, null) / 2,
    );
    // White stays white, and the CIELAB of white is L* 100.
    expect(labOf(linearRgb(0xffffff))[0]).toBeCloseTo(100, 3);
  });

  it('measures WCAG contrast', () => {
    expect(contrast(0x000000, 0xffffff)).toBeCloseTo(21, 5);
    expect(contrast(0x767676, 0xffffff)).toBeCloseTo(4.54, 2);
  });
});

describe('the palette under colour-vision deficiencies', () => {
  for (const [name, set] of Object.entries(SETS)) {
    it(`${name}: every pair stays at least ${MIN_DIFFERENCE} ΔE00 apart for every viewer`, () => {
      const { difference, pair } = closestPair(set);
      expect(difference, `closest: ${pair}`).toBeGreaterThanOrEqual(MIN_DIFFERENCE);
    });
  }
});

// ---- contrast: the game's canvas and the debrief layer ----

/** Surfaces text sits on, on the canvas and in the debrief (its cards are the panel at 94% over the background). */
const SURFACES = {
  background: colors.background,
  backgroundDeep: colors.backgroundDeep,
  panel: colors.panel,
  panelRaised: colors.panelRaised,
  panelHover: colors.panelHover,
  debriefCard: over(colors.panel, 0.94, colors.background),
};

const { panelHover: _hover, ...ACCENT_SURFACES } = SURFACES;

interface Pair {
  what: string;
  text: number;
  on: Record<string, number>;
  min: number;
}

const GAME_PAIRS: Pair[] = [
  { what: 'text', text: colors.text, on: SURFACES, min: AA_TEXT },
  { what: 'muted text (captions, notes, axis ticks)', text: colors.textMuted, on: SURFACES, min: AA_TEXT },
  // The faint role: version, stage captions on the Title, a locked act's word, unused practices' ticks.
  {
    what: 'faint text',
    text: colors.textFaint,
    on: { background: colors.background, backgroundDeep: colors.backgroundDeep, panel: colors.panel },
    min: AA_TEXT,
  },
  // Accents that colour words: load, debt, gains and losses, keys in help, warnings. Words that sit on a
  // hovered fill (the act cards' Way names) use `accentText`, measured below on every surface.
  ...(['green', 'orange', 'yellow', 'vermillion', 'skyBlue', 'purple'] as const).map(
    (name): Pair => ({
      what: `${name} text`,
      text: colors[name],
      on: ACCENT_SURFACES,
      min: AA_TEXT,
    }),
  ),
  ...(['skyBlue', 'orange', 'green', 'purple'] as const).map(
    (name): Pair => ({
      what: `an act card's Way name in ${name}`,
      text: accentText(colors[name]),
      on: SURFACES,
      min: AA_TEXT,
    }),
  ),
  {
    what: 'button labels on the primary colour',
    text: colors.text,
    on: { primary: colors.primary, primaryHover: colors.primaryHover },
    min: AA_TEXT,
  },
  { what: 'a card title on an alarmed card', text: colors.text, on: { alarm: 0x3a1a12 }, min: AA_TEXT },
  {
    what: 'a DORA band’s name on its colour (debrief badges)',
    text: colors.backgroundDeep,
    on: { ...BAND_COLOR },
    min: AA_TEXT,
  },
  {
    what: 'the outage banner',
    text: colors.backgroundDeep,
    on: { banner: over(colors.vermillion, 0.95, colors.background) },
    min: AA_TEXT,
  },
  {
    what: 'initials and names on an accent fill (people, speakers, constraint tokens)',
    text: colors.backgroundDeep,
    on: {
      orange: colors.orange,
      skyBlue: colors.skyBlue,
      green: colors.green,
      yellow: colors.yellow,
      purple: colors.purple,
      vermillion: colors.vermillion,
    },
    min: AA_TEXT,
  },
  { what: 'the focus ring', text: colors.focus, on: SURFACES, min: AA_LARGE_OR_GRAPHIC },
  {
    what: 'an unearned star (a glyph beside its spoken count)',
    text: colors.textFaint,
    on: { debriefCard: SURFACES.debriefCard },
    min: AA_LARGE_OR_GRAPHIC,
  },
];

function failures(pairs: Pair[]): string[] {
  return pairs.flatMap(({ what, text, on, min }) =>
    Object.entries(on)
      .map(([surface, background]) => ({ surface, ratio: contrast(text, background) }))
      .filter(({ ratio }) => ratio < min)
      .map(({ surface, ratio }) => `${what} on ${surface}: ${ratio.toFixed(2)} < ${min}`),
  );
}

describe('text contrast (WCAG AA)', () => {
  it('the game’s canvas and the debrief: every text colour on every surface it sits on', () => {
    expect(failures(GAME_PAIRS)).toEqual([]);
  });
});

// ---- the facilitator page's stylesheet ----

const FACILITATOR_CSS = readFileSync(
  new URL('../../../src/facilitator/facilitator.css', import.meta.url),
  'utf8',
);

/** The custom properties of the first block whose selector is `selector` (after `from`, when given). */
function variables(selector: string, from = 0): Record<string, number> {
  const start = FACILITATOR_CSS.indexOf(`${selector} {`, from);
  expect(start, selector).toBeGreaterThanOrEqual(0);
  const block = FACILITATOR_CSS.slice(start, FACILITATOR_CSS.indexOf('}', start));
  return Object.fromEntries(
    [...block.matchAll(/--([\w-]+):\s*#([0-9a-f]{3,6})\b/gi)].map(([, name, value]) => {
      const full = value!.length === 3 ? [...value!].map((c) => c + c).join('') : value!;
      return [name!, Number.parseInt(full, 16)];
    }),
  );
}

describe('the facilitator page', () => {
  const screen = variables(':root');
  const projector = { ...screen, ...variables('html.projector') };
  const print = { ...screen, ...variables(':root', FACILITATOR_CSS.indexOf('@media print')) };

  it('takes its colours from the shared theme', () => {
    expect(screen).toMatchObject({
      bg: colors.backgroundDeep,
      'bg-2': colors.background,
      panel: colors.panel,
      'panel-raised': colors.panelRaised,
      'panel-hover': colors.panelHover,
      border: colors.border,
      text: colors.text,
      muted: colors.textMuted,
      faint: colors.textFaint,
      primary: colors.primary,
      'primary-hover': colors.primaryHover,
      focus: colors.focus,
      elite: BAND_COLOR.elite,
      high: BAND_COLOR.high,
      medium: BAND_COLOR.medium,
      low: BAND_COLOR.low,
    });
  });

  for (const [mode, v] of Object.entries({ screen, projector, print })) {
    it(`${mode}: text, notes, band names and buttons reach AA`, () => {
      const surfaces = { bg: v.bg!, 'bg-2': v['bg-2']!, panel: v.panel!, 'panel-raised': v['panel-raised']! };
      const pairs: Pair[] = [
        { what: 'text', text: v.text!, on: surfaces, min: AA_TEXT },
        { what: 'muted text', text: v.muted!, on: surfaces, min: AA_TEXT },
        // Band names in the leaderboard and the flagged seed (in table cells, on the card).
        ...(['elite', 'high', 'medium', 'low'] as const).map(
          (band): Pair => ({
            what: `the ${band} band's name`,
            text: v[band]!,
            on: { panel: v.panel! },
            min: AA_TEXT,
          }),
        ),
      ];
      if (mode !== 'print') {
        pairs.push({ what: 'the focus ring', text: v.focus!, on: surfaces, min: AA_LARGE_OR_GRAPHIC });
        pairs.push({
          what: 'button labels on the primary colour (and a selected act tab)',
          text: v.text!,
          on: { primary: v.primary!, 'primary-hover': v['primary-hover']! },
          min: AA_TEXT,
        });
        pairs.push({ what: 'a pressed toggle', text: 0x000000, on: { focus: v.focus! }, min: AA_TEXT });
        pairs.push({
          what: 'a hovered button',
          text: v.text!,
          on: { hover: colors.panelHover },
          min: AA_TEXT,
        });
        pairs.push({
          what: 'the storage warning',
          text: v.text!,
          on: { warning: over(colors.orange, 0.12, v.bg!) },
          min: AA_TEXT,
        });
      }
      expect(failures(pairs)).toEqual([]);
    });
  }
});

// The game's page declares Inter's Latin subset alone as "Inter Variable", the family every canvas text
// is drawn in (src/game/fonts.css says why), and the package's six other subsets as a second family.
// A character of the game's own text that Inter has outside the Latin subset would then be drawn in
// the system's font: these tests fail when one appears (a new language, a new symbol), and when the
// two families stop holding every subset the package has.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
const GAME_FONTS = readFileSync(join(ROOT, 'src/game/fonts.css'), 'utf8');
const PACKAGE_FONTS = readFileSync(join(ROOT, 'node_modules/@fontsource-variable/inter/wght.css'), 'utf8');

interface Face {
  family: string;
  file: string;
  ranges: [number, number][];
}

function faces(css: string): Face[] {
  return [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].map(([, body = '']) => {
    const family = /font-family:\s*["']([^"']+)["']/.exec(body)?.[1] ?? '';
    const file = /url\(([^)]+)\)/.exec(body)?.[1]?.replace(/^.*\//, '') ?? '';
    const range = /unicode-range:\s*([^;]+);/.exec(body)?.[1] ?? '';
    const ranges = range.split(',').map((part): [number, number] => {
      const [from = '', to = from] = part.trim().replace(/^U\+/i, '').split('-');
      return [Number.parseInt(from, 16), Number.parseInt(to, 16)];
    });
    return { family, file, ranges };
  });
}

const covers = (face: Face, code: number) => face.ranges.some(([from, to]) => code >= from && code <= to);

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, pattern) : pattern.test(name) ? [path] : [];
  });
}

const game = faces(GAME_FONTS);
const inter = faces(PACKAGE_FONTS);
const canvasFaces = game.filter((face) => face.family === 'Inter Variable');

describe("the game page's fonts", () => {
  it('draws the canvas in one face: the Latin subset', () => {
    expect(canvasFaces.map((face) => face.file)).toEqual(['inter-latin-wght-normal.woff2']);
    const packageLatin = inter.find((face) => face.file === 'inter-latin-wght-normal.woff2');
    expect(canvasFaces[0]?.ranges).toEqual(packageLatin?.ranges);
  });

  it("declares every subset of the package, the others as 'Inter Variable Extended'", () => {
    const extended = game.filter((face) => face.family === 'Inter Variable Extended');
    expect(extended).toHaveLength(inter.length - 1);
    expect([...game.map((face) => face.file)].sort()).toEqual(inter.map((face) => face.file).sort());
    for (const face of extended) {
      expect(face.ranges).toEqual(inter.find((known) => known.file === face.file)?.ranges);
    }
  });

  it('has, in the Latin subset, every character of the game that Inter has at all', () => {
    const sources = [
      ...files(join(ROOT, 'src/i18n/locales'), /\.json$/),
      ...files(join(ROOT, 'src'), /\.ts$/),
    ];
    const elsewhere = new Map<string, string>();
    for (const path of sources) {
      for (const character of new Set(readFileSync(path, 'utf8'))) {
        const code = character.codePointAt(0) ?? 0;
        if (canvasFaces.some((face) => covers(face, code))) continue;
        if (inter.some((face) => covers(face, code))) elsewhere.set(character, path.slice(ROOT.length + 1));
      }
    }
    expect(Object.fromEntries(elsewhere)).toEqual({});
  });

  it('would notice a character outside the Latin subset', () => {
    // "ł" (Polish) is in Inter's Latin Extended subset only.
    const code = 'ł'.codePointAt(0) ?? 0;
    expect(canvasFaces.some((face) => covers(face, code))).toBe(false);
    expect(inter.some((face) => covers(face, code))).toBe(true);
  });
});

// The production build takes Phaser from src/game/phaser-lean.js, which holds only the parts the game
// uses (Phaser itself cannot run in Node, so this reads the sources). A namespace or game-object
// factory that the game's code starts to use must be added there, or the built game would fail where
// `npm run dev`, which serves the full package, works.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
const LEAN = readFileSync(join(ROOT, 'src/game/phaser-lean.js'), 'utf8');
const PHASER_SOURCE = join(ROOT, 'node_modules/phaser/src');
/** Constants merged in from Phaser's `const.js` (renderer types and the like). */
const CONSTANTS = new Set(['AUTO', 'CANVAS', 'WEBGL', 'HEADLESS', 'VERSION']);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.ts$/.test(name) ? [path] : [];
  });
}

const withoutComments = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
const gameCode = sources(join(ROOT, 'src'))
  .map((file) => withoutComments(readFileSync(file, 'utf8')))
  .join('\n');

/** The keys of the object literal that follows `key: {` (or the top-level object) in the lean entry. */
function keysOf(block: string): Set<string> {
  return new Set([...block.matchAll(/^\s*([A-Z][A-Za-z0-9]*)\s*(?::|,)/gm)].map((m) => m[1] as string));
}
const gameObjectsBlock = /GameObjects:\s*\{([^}]*)\}/.exec(LEAN)?.[1] ?? '';
const topLevelBlock = LEAN.slice(LEAN.indexOf('Extend('), LEAN.indexOf('CONST,\n)'));
const topLevel = keysOf(topLevelBlock.replace(/GameObjects:\s*\{[^}]*\}/, 'GameObjects,'));
const gameObjects = keysOf(gameObjectsBlock);

describe('the lean Phaser entry of the production build', () => {
  it('reads the entry and the game code', () => {
    expect(topLevel.has('Scene')).toBe(true);
    expect(gameObjects.has('Text')).toBe(true);
    expect(gameCode).toContain('Phaser.GameObjects.Text');
  });

  it('has every Phaser namespace the game code names', () => {
    const used = new Set([...gameCode.matchAll(/\bPhaser\.([A-Z][A-Za-z0-9]*)/g)].map((m) => m[1] as string));
    used.delete('Types'); // types only: erased from the build
    const missing = [...used].filter((name) => !topLevel.has(name) && !CONSTANTS.has(name));
    expect(missing).toEqual([]);
  });

  it('has every game object class the game code names', () => {
    const used = new Set(
      [...gameCode.matchAll(/\bPhaser\.GameObjects\.([A-Z][A-Za-z0-9]*)/g)].map((m) => m[1] as string),
    );
    expect([...used].filter((name) => !gameObjects.has(name))).toEqual([]);
  });

  it('registers every factory the game calls (scene.add.<kind>)', () => {
    const used = new Set([...gameCode.matchAll(/\.add\.([a-z][A-Za-z]*)\(/g)].map((m) => m[1] as string));
    used.delete('existing'); // built into the factory itself
    const registered = new Set(
      [...LEAN.matchAll(/import 'phaser-src\/gameobjects\/[a-z0-9]+\/([A-Za-z]+)Factory'/g)].map((m) =>
        (m[1] as string).toLowerCase(),
      ),
    );
    expect(used.size).toBeGreaterThan(0);
    expect([...used].filter((kind) => !registered.has(kind.toLowerCase()))).toEqual([]);
  });

  it('imports only modules that exist in the installed Phaser', () => {
    const modules = [...LEAN.matchAll(/from '(phaser-src\/[^']+)'|import '(phaser-src\/[^']+)'/g)].map((m) =>
      (m[1] ?? m[2] ?? '').replace(/^phaser-src\//, ''),
    );
    expect(modules.length).toBeGreaterThan(20);
    const absent = modules.filter(
      (path) =>
        !existsSync(join(PHASER_SOURCE, `${path}.js`)) && !existsSync(join(PHASER_SOURCE, path, 'index.js')),
    );
    expect(absent).toEqual([]);
  });
});

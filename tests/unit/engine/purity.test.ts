// The engine is pure: no clocks, no global randomness, no DOM, no Phaser/Howler/i18next, and no
// imports from outside src/engine except pure npm packages (valibot).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ENGINE = resolve(__dirname, '../../../src/engine');
const ALLOWED_PACKAGES = new Set(['valibot']);
const FORBIDDEN = [/\bMath\.random\b/, /\bDate\.now\b/, /\bperformance\.now\b/, /\bnew\s+Date\b/];
/** Not guaranteed to round identically across JavaScript engines: replays must match in every browser. */
const NOT_PORTABLE = [
  /\bMath\.(exp|expm1|pow|log|log2|log10|log1p|sin|cos|tan|asin|acos|atan|atan2|sinh|cosh|tanh|cbrt|hypot)\b/,
  /\*\*/,
];

function code(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|js|mjs|json)$/.test(name) ? [path] : [];
  });
}

function importsOf(source: string): string[] {
  const specifiers: string[] = [];
  const pattern =
    /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;
  for (const match of source.matchAll(pattern)) specifiers.push(match[1] ?? match[2] ?? match[3] ?? '');
  return specifiers;
}

describe('engine purity', () => {
  const sources = files(ENGINE).filter((f) => f.endsWith('.ts'));

  it('finds the engine sources', () => {
    expect(sources.length).toBeGreaterThan(5);
  });

  it.each(sources.map((f) => [relative(ENGINE, f), f]))(
    '%s uses no clock or global randomness',
    (_, file) => {
      const source = readFileSync(file, 'utf8');
      for (const pattern of FORBIDDEN) expect(source, `${pattern}`).not.toMatch(pattern);
    },
  );

  it.each(sources.map((f) => [relative(ENGINE, f), f]))(
    '%s imports only engine files or pure packages',
    (_, file) => {
      const source = readFileSync(file, 'utf8');
      for (const specifier of importsOf(source)) {
        if (specifier.startsWith('.')) {
          const target = resolve(join(file, '..'), specifier);
          expect(target.startsWith(ENGINE), `${specifier} leaves src/engine`).toBe(true);
        } else {
          expect(ALLOWED_PACKAGES.has(specifier), `import of "${specifier}"`).toBe(true);
        }
      }
    },
  );

  it('the scanner itself catches forbidden code', () => {
    const bad =
      "import Phaser from 'phaser';\nimport { x } from '../game/x';\nconst t = Date.now() + Math.random();";
    expect(importsOf(bad)).toEqual(['phaser', '../game/x']);
    expect(FORBIDDEN.some((p) => p.test(bad))).toBe(true);
    expect(NOT_PORTABLE.some((p) => p.test(code('const y = x ** 2; // fine: /** comment */')))).toBe(true);
    expect(
      NOT_PORTABLE.some((p) => p.test(code('/** doc */ const y = x * 2; // Math.exp in a comment'))),
    ).toBe(false);
  });
});

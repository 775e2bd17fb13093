// `npm run gen:audio` is deterministic: regenerating gives the committed files byte for byte (libogg
// picks a random stream serial number unless it is given one), in both encodings, and no WAV.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const committed = join(root, 'assets/audio');

describe('generated audio', () => {
  it('regenerates the committed Ogg and MP3 files byte for byte', () => {
    const out = mkdtempSync(join(tmpdir(), 'phoenix-audio-'));
    try {
      const run = spawnSync(
        join(root, 'node_modules/.bin/tsx'),
        ['scripts/generate-audio.ts', '--out', out],
        {
          cwd: root,
          encoding: 'utf8',
        },
      );
      expect(run.status, run.stderr).toBe(0);
      const files = readdirSync(committed).sort();
      expect(readdirSync(out).sort()).toEqual(files);
      expect(files.some((file) => file.endsWith('.wav'))).toBe(false);
      expect(files.filter((file) => file.endsWith('.ogg'))).toHaveLength(11);
      expect(files.filter((file) => file.endsWith('.mp3'))).toHaveLength(11);
      for (const file of files) {
        const bytes = readFileSync(join(committed, file));
        expect(readFileSync(join(out, file)).equals(bytes), file).toBe(true);
        // The container each browser expects: an Ogg page, or an MPEG audio frame sync.
        if (file.endsWith('.ogg')) expect(bytes.subarray(0, 4).toString('latin1'), file).toBe('OggS');
        else expect(bytes[0] === 0xff && (bytes[1]! & 0xe0) === 0xe0, file).toBe(true);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 240_000);
});

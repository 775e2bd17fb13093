/**
 * Synthesises every sound of the game and writes it compressed into assets/audio: Ogg Vorbis (what
 * the game plays where the browser can) and MP3 (the fallback, e.g. older Safari), mono, 22.05 kHz.
 * Deterministic: the same script always writes the same bytes (the Ogg stream's serial number, random
 * in libogg, is fixed; a unit test regenerates and compares), so the committed files can be
 * regenerated and diffed. Run with `npm run gen:audio` (`-- --out <dir>` writes elsewhere). The
 * encoders are LAME and libvorbis compiled to WebAssembly (`wasm-media-encoders`, a devDependency:
 * nothing of it ships with the game). The sounds are this project's own (MIT).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createMp3Encoder, createOggEncoder } from 'wasm-media-encoders';

const SAMPLE_RATE = 22_050;
const argv = process.argv.slice(2);
const OUT_DIR =
  argv.indexOf('--out') >= 0
    ? resolve(argv[argv.indexOf('--out') + 1] ?? '.')
    : join(dirname(fileURLToPath(import.meta.url)), '..', 'assets', 'audio');
/** Vorbis quality 3 (≈ 50 kbit/s here) and LAME V5: clean for these synthesised tones, a tenth of the WAV. */
const OGG_QUALITY = 3;
const MP3_QUALITY = 5;
/** Any fixed number: libogg would otherwise pick a random one per run. */
const OGG_SERIAL = 0x50484f58;

type Wave = 'sine' | 'triangle' | 'square' | 'saw';

/** Small seeded generator for noise, so the output is byte-identical on every run. */
function noiseSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 31 - 1;
  };
}

function oscillator(wave: Wave, phase: number): number {
  const p = phase - Math.floor(phase);
  switch (wave) {
    case 'sine':
      return Math.sin(2 * Math.PI * p);
    case 'triangle':
      return 1 - 4 * Math.abs(p - 0.5);
    case 'square':
      return p < 0.5 ? 1 : -1;
    case 'saw':
      return 2 * p - 1;
  }
}

const noteHz = (midi: number) => 440 * 2 ** ((midi - 69) / 12);

interface Tone {
  start: number; // seconds
  duration: number; // seconds, before release
  hz: number;
  endHz?: number; // glide target
  wave: Wave;
  gain: number;
  attack?: number;
  release?: number;
  vibrato?: number;
}

/** Adds a tone into `buffer`; with `wrap`, the tail past the end continues at the start (seamless loops). */
function addTone(buffer: Float32Array, tone: Tone, wrap = false): void {
  const attack = tone.attack ?? 0.005;
  const release = tone.release ?? 0.05;
  const total = tone.duration + release;
  const first = Math.round(tone.start * SAMPLE_RATE);
  const count = Math.round(total * SAMPLE_RATE);
  let phase = 0;
  for (let i = 0; i < count; i++) {
    const t = i / SAMPLE_RATE;
    const progress = Math.min(1, t / tone.duration);
    const hz = tone.endHz === undefined ? tone.hz : tone.hz + (tone.endHz - tone.hz) * progress;
    const vibrato = tone.vibrato ? 1 + 0.004 * Math.sin(2 * Math.PI * tone.vibrato * t) : 1;
    phase += (hz * vibrato) / SAMPLE_RATE;
    let envelope = t < attack ? t / attack : 1;
    if (t > tone.duration) envelope *= Math.max(0, 1 - (t - tone.duration) / release);
    let index = first + i;
    if (index >= buffer.length) {
      if (!wrap) break;
      index %= buffer.length;
    }
    buffer[index] = (buffer[index] ?? 0) + oscillator(tone.wave, phase) * envelope * tone.gain;
  }
}

function addNoiseBurst(
  buffer: Float32Array,
  start: number,
  duration: number,
  gain: number,
  seed: number,
): void {
  const noise = noiseSource(seed);
  const first = Math.round(start * SAMPLE_RATE);
  const count = Math.round(duration * SAMPLE_RATE);
  let smoothed = 0;
  for (let i = 0; i < count && first + i < buffer.length; i++) {
    smoothed = smoothed * 0.6 + noise() * 0.4; // a gentle low-pass: a soft "tk", not hiss
    const envelope = (1 - i / count) ** 3;
    buffer[first + i] = (buffer[first + i] ?? 0) + smoothed * envelope * gain;
  }
}

/** One-pole low-pass over the whole buffer (circular for loops, so the seam stays continuous). */
function lowPass(buffer: Float32Array, cutoffHz: number, circular = false): void {
  const alpha = 1 - Math.exp((-2 * Math.PI * cutoffHz) / SAMPLE_RATE);
  let previous = circular ? (buffer[buffer.length - 1] ?? 0) : 0;
  for (let pass = 0; pass < (circular ? 2 : 1); pass++) {
    for (let i = 0; i < buffer.length; i++) {
      previous += alpha * ((buffer[i] ?? 0) - previous);
      if (pass === (circular ? 1 : 0)) buffer[i] = previous;
    }
  }
}

/** A feedback echo; circular so the loop's reverb tail feeds its own beginning. */
function echo(buffer: Float32Array, delaySeconds: number, feedback: number, circular = false): void {
  const delay = Math.round(delaySeconds * SAMPLE_RATE);
  const rounds = circular ? 3 : 1;
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < buffer.length; i++) {
      const source = i - delay;
      if (source < 0 && !circular) continue;
      const from = (source + buffer.length) % buffer.length;
      buffer[i] = (buffer[i] ?? 0) + (buffer[from] ?? 0) * feedback * (round === 0 ? 1 : 0.3);
    }
  }
}

function normalise(buffer: Float32Array, peak: number): void {
  let max = 0;
  for (const sample of buffer) max = Math.max(max, Math.abs(sample));
  if (max === 0) return;
  for (let i = 0; i < buffer.length; i++) buffer[i] = ((buffer[i] ?? 0) / max) * peak;
}

/** Everything an encoder returned, copied (its buffers belong to the encoder and are reused). */
function collect(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

async function encodeOgg(buffer: Float32Array): Promise<Uint8Array> {
  const encoder = await createOggEncoder();
  encoder.configure({
    sampleRate: SAMPLE_RATE,
    channels: 1,
    vbrQuality: OGG_QUALITY,
    oggSerialNo: OGG_SERIAL,
  });
  const body = encoder.encode([buffer]).slice();
  return collect([body, encoder.finalize().slice()]);
}

async function encodeMp3(buffer: Float32Array): Promise<Uint8Array> {
  const encoder = await createMp3Encoder();
  encoder.configure({ sampleRate: SAMPLE_RATE, channels: 1, vbrQuality: MP3_QUALITY });
  const body = encoder.encode([buffer]).slice();
  return collect([body, encoder.finalize().slice()]);
}

function render(seconds: number, draw: (buffer: Float32Array) => void, peak = 0.8): Float32Array {
  const buffer = new Float32Array(Math.round(seconds * SAMPLE_RATE));
  draw(buffer);
  normalise(buffer, peak);
  return buffer;
}

const sounds: Record<string, Float32Array> = {
  hover: render(
    0.06,
    (b) => addTone(b, { start: 0, duration: 0.02, hz: 1760, wave: 'sine', gain: 1, release: 0.03 }),
    0.25,
  ),
  click: render(0.1, (b) => {
    addNoiseBurst(b, 0, 0.012, 0.6, 7);
    addTone(b, { start: 0, duration: 0.03, hz: 990, endHz: 660, wave: 'triangle', gain: 1, release: 0.05 });
  }),
  confirm: render(0.4, (b) => {
    addTone(b, { start: 0, duration: 0.07, hz: noteHz(72), wave: 'triangle', gain: 0.8, release: 0.08 });
    addTone(b, { start: 0.08, duration: 0.12, hz: noteHz(79), wave: 'triangle', gain: 0.9, release: 0.18 });
    addTone(b, { start: 0.08, duration: 0.12, hz: noteHz(84), wave: 'sine', gain: 0.3, release: 0.18 });
  }),
  back: render(0.3, (b) => {
    addTone(b, { start: 0, duration: 0.06, hz: noteHz(76), wave: 'triangle', gain: 0.8, release: 0.06 });
    addTone(b, { start: 0.07, duration: 0.09, hz: noteHz(69), wave: 'triangle', gain: 0.8, release: 0.12 });
  }),
  error: render(0.34, (b) => {
    for (const start of [0, 0.14]) {
      addTone(b, { start, duration: 0.09, hz: 185, wave: 'square', gain: 0.5, release: 0.04 });
      addTone(b, { start, duration: 0.09, hz: 196, wave: 'saw', gain: 0.4, release: 0.04 });
    }
    lowPass(b, 1800);
  }),
  deploy: render(0.9, (b) => {
    // A rising sweep, then a bright major arpeggio: the release is out.
    addTone(b, {
      start: 0,
      duration: 0.3,
      hz: 220,
      endHz: 880,
      wave: 'saw',
      gain: 0.25,
      attack: 0.05,
      release: 0.05,
    });
    addNoiseBurst(b, 0, 0.3, 0.15, 11);
    [72, 76, 79, 84].forEach((midi, index) => {
      addTone(b, {
        start: 0.3 + index * 0.07,
        duration: 0.1,
        hz: noteHz(midi),
        wave: 'triangle',
        gain: 0.7,
        release: 0.3,
      });
    });
    lowPass(b, 5000);
  }),
  alarm: render(0.9, (b) => {
    for (const [index, hz] of [880, 660, 880, 660].entries()) {
      addTone(b, {
        start: index * 0.2,
        duration: 0.16,
        hz,
        wave: 'square',
        gain: 0.45,
        attack: 0.01,
        release: 0.03,
      });
    }
    lowPass(b, 2600);
  }),
  story: render(1.0, (b) => {
    for (const [index, midi] of [79, 84].entries()) {
      const start = index * 0.14;
      addTone(b, { start, duration: 0.05, hz: noteHz(midi), wave: 'sine', gain: 0.8, release: 0.7 });
      addTone(b, { start, duration: 0.05, hz: noteHz(midi) * 2.76, wave: 'sine', gain: 0.15, release: 0.3 });
    }
  }),
  ship: render(0.35, (b) => {
    addTone(b, { start: 0, duration: 0.04, hz: noteHz(88), wave: 'triangle', gain: 0.6, release: 0.08 });
    addTone(b, { start: 0.06, duration: 0.06, hz: noteHz(93), wave: 'triangle', gain: 0.7, release: 0.2 });
  }),
  'title-loop': renderTitleLoop(),
  'act-loop': renderActLoop(),
};

/** The act's bed: a low, steady pulse in D minor at 100 bpm — busy, a little tense, never loud. */
function renderActLoop(): Float32Array {
  const beat = 60 / 100;
  const bar = beat * 4;
  const roots = [50, 46, 48, 45];
  return render(
    bar * roots.length,
    (b) => {
      roots.forEach((root, index) => {
        const start = index * bar;
        for (const interval of [0, 3, 7]) {
          addTone(
            b,
            {
              start,
              duration: bar,
              hz: noteHz(root + interval),
              wave: 'triangle',
              gain: 0.1,
              attack: 0.4,
              release: 0.6,
            },
            true,
          );
        }
        for (let step = 0; step < 8; step++) {
          addTone(
            b,
            {
              start: start + step * (beat / 2),
              duration: 0.08,
              hz: noteHz(root - 12),
              wave: 'sine',
              gain: step % 2 === 0 ? 0.45 : 0.25,
              release: 0.1,
            },
            true,
          );
        }
        for (let step = 0; step < 16; step++) {
          if (step % 4 === 3) addNoiseBurst(b, start + step * (beat / 4), 0.03, 0.12, 100 + step);
        }
      });
      lowPass(b, 1800, true);
    },
    0.5,
  );
}

/** A quiet control-room pad: Am – F – C – G at 90 bpm, four bars, with a soft arpeggio and pulse. */
function renderTitleLoop(): Float32Array {
  const beat = 60 / 90;
  const bar = beat * 4;
  const chords = [
    [57, 60, 64],
    [53, 57, 60],
    [48, 52, 55],
    [55, 59, 62],
  ];
  return render(
    bar * chords.length,
    (b) => {
      chords.forEach((chord, index) => {
        const start = index * bar;
        for (const midi of chord) {
          addTone(
            b,
            {
              start,
              duration: bar,
              hz: noteHz(midi),
              wave: 'saw',
              gain: 0.12,
              attack: 0.6,
              release: 0.9,
              vibrato: 5,
            },
            true,
          );
        }
        addTone(
          b,
          {
            start,
            duration: bar - 0.1,
            hz: noteHz((chord[0] ?? 48) - 12),
            wave: 'sine',
            gain: 0.35,
            attack: 0.3,
            release: 0.4,
          },
          true,
        );
        // Arpeggio in eighths: chord tones an octave up, a telemetry "blip" feel.
        for (let step = 0; step < 8; step++) {
          const midi = (chord[step % 3] ?? 60) + 12 + (step >= 6 ? 12 : 0);
          addTone(
            b,
            {
              start: start + step * (beat / 2),
              duration: 0.05,
              hz: noteHz(midi),
              wave: 'triangle',
              gain: 0.16,
              release: 0.25,
            },
            true,
          );
        }
        // A soft heartbeat pulse on beats 1 and 3.
        for (const pulse of [0, 2]) {
          addTone(
            b,
            {
              start: start + pulse * beat,
              duration: 0.06,
              hz: 70,
              endHz: 45,
              wave: 'sine',
              gain: 0.4,
              release: 0.12,
            },
            true,
          );
        }
      });
      lowPass(b, 2400, true);
      echo(b, beat * 0.75, 0.28, true);
    },
    0.55,
  );
}

mkdirSync(OUT_DIR, { recursive: true });
let wavBytes = 0;
let compressedBytes = { ogg: 0, mp3: 0 };
for (const [name, buffer] of Object.entries(sounds)) {
  const ogg = await encodeOgg(buffer);
  const mp3 = await encodeMp3(buffer);
  writeFileSync(join(OUT_DIR, `${name}.ogg`), ogg);
  writeFileSync(join(OUT_DIR, `${name}.mp3`), mp3);
  wavBytes += 44 + buffer.length * 2;
  compressedBytes = { ogg: compressedBytes.ogg + ogg.length, mp3: compressedBytes.mp3 + mp3.length };
  console.log(
    `${name}  ${(buffer.length / SAMPLE_RATE).toFixed(2)} s  ogg ${ogg.length} B  mp3 ${mp3.length} B`,
  );
}
const kB = (bytes: number) => `${(bytes / 1000).toFixed(0)} kB`;
console.log(
  `all: ogg ${kB(compressedBytes.ogg)}, mp3 ${kB(compressedBytes.mp3)} (16-bit WAV would be ${kB(wavBytes)})`,
);

// Result codes (design §5): what a player hands the facilitator at the end of an act. A code carries
// what re-simulation needs — the run log (engine version, scenario, seed, options, commands) — plus the
// player's display name and the class name. It carries no score: the facilitator page recomputes it.
//
// Layout: `PHX1.` + base64url( format byte · varint length · deflate-raw(payload) · FNV-1a checksum ).
// The payload is compact JSON: [format, engineVersion, scenarioId, seed, days, demand, name, class,
// commands], each command as [ticks since the previous command, type, ...its fields in schema order].
// The checksum only catches typos and truncation early with a clear reason; trust comes from replaying.
import { inflateSync, deflateSync as rawDeflate } from 'fflate';
import * as v from 'valibot';
import { type Command, CommandSchema, ENGINE_VERSION, parseRunLog, type RunLog } from '../engine';
import { getScenario } from '../scenarios';

export const CODE_FORMAT = 1;
export const CODE_PREFIX = `PHX${CODE_FORMAT}.`;

/** Caps on what a code may hold; anything beyond is refused as "too large" before any work is done. */
export const CODE_LIMITS = {
  /** Characters of the whole code (about 12 KB of compressed data). */
  codeLength: 16_000,
  /** Bytes of the decompressed payload (a long, busy act is about 20 KB). */
  payloadBytes: 256 * 1024,
  commands: 10_000,
  /** Unicode code points. */
  name: 24,
  className: 40,
} as const;

export interface ResultCodeContent {
  log: RunLog;
  /** The player's display name (shown as text only, never as HTML). */
  name: string;
  /** The class this run was for ('' when none). */
  className: string;
}

export type DecodeFailure =
  | 'not-a-code'
  | 'unknown-format'
  | 'truncated'
  | 'damaged'
  | 'too-large'
  | 'invalid'
  | 'engine-version'
  /** A run the game never starts: another length, another demand or a seed out of range. */
  | 'not-a-standard-act';

export type DecodeResult =
  | { ok: true; content: ResultCodeContent }
  | { ok: false; reason: DecodeFailure; detail: string };

// ---------------------------------------------------------------------------------------------------
// Names

/**
 * A display name as the game stores and shows it: normalised (NFC), without control or invisible
 * formatting characters (bidi overrides could make a name look like another), single-spaced, at most
 * `max` code points. The zero-width joiner stays (emoji sequences need it).
 */
export function cleanName(raw: string, max: number = CODE_LIMITS.name): string {
  const cleaned = raw
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, (ch) => (ch === '\u200d' ? ch : ' '))
    .replace(/\s+/gu, ' ')
    .trim();
  const points = Array.from(cleaned);
  return points.length <= max ? cleaned : points.slice(0, max).join('').trim();
}

const codePoints = (text: string) => Array.from(text).length;

// ---------------------------------------------------------------------------------------------------
// Bytes: base64url, varint, checksum

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LOOKUP = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + ALPHABET[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]!;
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]!;
  }
  return out;
}

/**
 * Strict: null on any character outside the alphabet, an impossible length or non-zero spare bits.
 * `lenient` keeps the whole bytes of a cut-off string (to tell "truncated" from "damaged").
 */
export function fromBase64Url(text: string, lenient = false): Uint8Array | null {
  if (text.length % 4 === 1 && !lenient) return null;
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let o = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const digit = code < 128 ? LOOKUP[code]! : -1;
    if (digit < 0) return null;
    value = ((value << 6) | digit) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (value >> bits) & 0xff;
    }
  }
  // Canonical only: the spare bits of the last character must be zero, so one code has one spelling.
  if (!lenient && bits > 0 && (value & ((1 << bits) - 1)) !== 0) return null;
  return out.subarray(0, o);
}

/** FNV-1a, 32 bits. Not a security measure: it turns most typos into "damaged" before any replay. */
export function fnv1a(bytes: Uint8Array, end = bytes.length): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < end; i++) {
    hash ^= bytes[i]!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

function writeVarint(value: number, into: number[]): void {
  let rest = value;
  while (rest >= 0x80) {
    into.push((rest & 0x7f) | 0x80);
    rest = Math.floor(rest / 128);
  }
  into.push(rest);
}

function readVarint(bytes: Uint8Array, start: number): { value: number; next: number } | null {
  let value = 0;
  let scale = 1;
  for (let i = start; i < bytes.length && i < start + 4; i++) {
    const byte = bytes[i]!;
    value += (byte & 0x7f) * scale;
    if ((byte & 0x80) === 0) return { value, next: i + 1 };
    scale *= 128;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------
// Commands, compactly: [dTick, type, ...fields in the order the engine's schema declares them]

type CommandOption = (typeof CommandSchema.options)[number];
const FIELDS = new Map<string, string[]>(
  CommandSchema.options.map((option: CommandOption) => [
    option.entries.type.literal,
    Object.keys(option.entries).filter((key) => key !== 'type'),
  ]),
);

/** The field order of every command type (a unit test pins it: changing it changes the code format). */
export function commandFields(): ReadonlyMap<string, readonly string[]> {
  return FIELDS;
}

type Packed = [number, string, ...unknown[]];

function packCommands(commands: readonly [number, Command][]): Packed[] {
  let last = 0;
  return commands.map(([tick, command]) => {
    const fields = FIELDS.get(command.type);
    if (!fields) throw new Error(`Unknown command type: ${command.type}`);
    const record = command as unknown as Record<string, unknown>;
    const packed: Packed = [tick - last, command.type, ...fields.map((key) => record[key] ?? null)];
    last = tick;
    return packed;
  });
}

function unpackCommands(packed: readonly unknown[][]): [number, Record<string, unknown>][] | string {
  let tick = 0;
  const out: [number, Record<string, unknown>][] = [];
  for (let i = 0; i < packed.length; i++) {
    const [delta, type, ...values] = packed[i]!;
    const fields = typeof type === 'string' ? FIELDS.get(type) : undefined;
    if (typeof delta !== 'number' || !fields || values.length !== fields.length) return `commands[${i}]`;
    tick += delta;
    const command: Record<string, unknown> = { type };
    fields.forEach((key, index) => {
      command[key] = values[index];
    });
    out.push([tick, command]);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Encode and decode

const PayloadSchema = v.tuple([
  v.literal(CODE_FORMAT),
  v.pipe(v.string(), v.maxLength(100)),
  v.string(),
  v.number(),
  v.nullable(v.number()),
  v.number(),
  v.string(),
  v.string(),
  v.array(v.pipe(v.array(v.unknown()), v.minLength(2), v.maxLength(8))),
]);

export function encodeResultCode(content: ResultCodeContent): string {
  const { log } = content;
  const payload = [
    CODE_FORMAT,
    log.engineVersion,
    log.scenarioId,
    log.seed,
    log.days,
    log.demand,
    cleanName(content.name, CODE_LIMITS.name),
    cleanName(content.className, CODE_LIMITS.className),
    packCommands(log.commands),
  ];
  const deflated = rawDeflate(new TextEncoder().encode(JSON.stringify(payload)), { level: 9, mem: 8 });
  const head: number[] = [CODE_FORMAT];
  writeVarint(deflated.length, head);
  const bytes = new Uint8Array(head.length + deflated.length + 4);
  bytes.set(head, 0);
  bytes.set(deflated, head.length);
  const sum = fnv1a(bytes, head.length + deflated.length);
  const at = head.length + deflated.length;
  bytes[at] = sum >>> 24;
  bytes[at + 1] = (sum >>> 16) & 0xff;
  bytes[at + 2] = (sum >>> 8) & 0xff;
  bytes[at + 3] = sum & 0xff;
  return CODE_PREFIX + toBase64Url(bytes);
}

// One output buffer, reused (decoding is synchronous): inflating stops when it is full, which is how
// a payload over the cap (a "zip bomb") is caught without ever allocating more.
let sharedInflateBuffer: Uint8Array | null = null;
function inflateBuffer(): Uint8Array {
  sharedInflateBuffer ??= new Uint8Array(CODE_LIMITS.payloadBytes + 1);
  return sharedInflateBuffer;
}

const fail = (reason: DecodeFailure, detail = ''): DecodeResult => ({ ok: false, reason, detail });

/** The seeds the game and class links use (a 31-bit non-negative integer). */
export const MAX_SEED = 2 ** 31 - 1;

/**
 * A code may only describe an act as the game plays it: the act's own length (`days` null or the
 * scenario's days) and demand 1, with a seed a class link could give. Otherwise the field at fault
 * (a longer act would also cost the facilitator's page more work to verify).
 */
export function nonStandardField(log: RunLog): 'days' | 'demand' | 'seed' | 'scenario' | null {
  const scenario = getScenario(log.scenarioId);
  if (!scenario) return 'scenario';
  if (log.days !== null && log.days !== scenario.days) return 'days';
  if (log.demand !== 1) return 'demand';
  if (!Number.isInteger(log.seed) || log.seed < 0 || log.seed > MAX_SEED) return 'seed';
  return null;
}

/** Decodes and validates a code. It never throws; the log still has to be replayed to be trusted. */
export function decodeResultCode(input: string): DecodeResult {
  const code = input.trim();
  const prefix = /^PHX(\d{1,3})\./.exec(code);
  if (!prefix) return fail('not-a-code');
  if (Number(prefix[1]) !== CODE_FORMAT) return fail('unknown-format', prefix[1]);
  if (code.length > CODE_LIMITS.codeLength) return fail('too-large', 'code');
  const body = code.slice(prefix[0].length);
  const bytes = fromBase64Url(body);
  if (!bytes) {
    // A cut-off code often ends mid-character: if what is there announces more, it was truncated.
    const partial = fromBase64Url(body, true);
    const announced = partial && partial[0] === CODE_FORMAT ? readVarint(partial, 1) : null;
    const cut =
      partial !== null &&
      (announced === null ? partial.length < 5 : partial.length < announced.next + announced.value + 4);
    return fail(cut ? 'truncated' : 'damaged', cut ? '' : 'characters');
  }
  if (bytes.length < 1) return fail('truncated');
  if (bytes[0] !== CODE_FORMAT) return fail('damaged', 'format');
  const length = readVarint(bytes, 1);
  if (!length) return fail(bytes.length < 5 ? 'truncated' : 'damaged', 'length');
  const end = length.next + length.value;
  if (bytes.length < end + 4) return fail('truncated');
  if (bytes.length > end + 4) return fail('damaged', 'length');
  const expected =
    ((bytes[end]! << 24) | (bytes[end + 1]! << 16) | (bytes[end + 2]! << 8) | bytes[end + 3]!) >>> 0;
  if (fnv1a(bytes, end) !== expected) return fail('damaged', 'checksum');

  let json: string;
  try {
    const out = inflateSync(bytes.subarray(length.next, end), { out: inflateBuffer() });
    if (out.length > CODE_LIMITS.payloadBytes) return fail('too-large', 'payload');
    json = new TextDecoder('utf-8', { fatal: true }).decode(out);
  } catch {
    return fail('damaged', 'compression');
  }
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return fail('damaged', 'json');
  }
  const payload = v.safeParse(PayloadSchema, raw);
  if (!payload.success) return fail('invalid', v.getDotPath(payload.issues[0]) ?? 'payload');
  const [, engineVersion, scenarioId, seed, days, demand, name, className, packed] = payload.output;
  if (engineVersion !== ENGINE_VERSION) return fail('engine-version', engineVersion);
  if (packed.length > CODE_LIMITS.commands) return fail('too-large', 'commands');
  if (codePoints(name) > CODE_LIMITS.name) return fail('too-large', 'name');
  if (codePoints(className) > CODE_LIMITS.className) return fail('too-large', 'class');
  const commands = unpackCommands(packed);
  if (typeof commands === 'string') return fail('invalid', commands);
  const log = parseRunLog({ engineVersion, scenarioId, seed, days, demand, commands });
  if (!log.ok) return fail('invalid', log.field);
  const nonStandard = nonStandardField(log.log);
  if (nonStandard) return fail('not-a-standard-act', nonStandard);
  return {
    ok: true,
    content: {
      log: log.log,
      name: cleanName(name, CODE_LIMITS.name),
      className: cleanName(className, CODE_LIMITS.className),
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// Finding codes in pasted text, and links

const CODE_PATTERN = /PHX\d{1,3}\.[A-Za-z0-9_-]*/g;

export type Found = { kind: 'code'; code: string } | { kind: 'other'; text: string };

/**
 * Splits pasted text (codes, links to the facilitator page, a text or CSV file) into the codes it
 * holds and the non-empty lines that hold none — those are reported, not silently dropped.
 */
export function findCodes(text: string): Found[] {
  const found: Found[] = [];
  for (const line of text.split(/\r?\n|\r/)) {
    const matches = line.match(CODE_PATTERN);
    if (matches) for (const code of matches) found.push({ kind: 'code', code });
    else if (line.trim() !== '') found.push({ kind: 'other', text: line.trim() });
  }
  return found;
}

/** The link that opens a code on the facilitator page (the code stays in the fragment: never sent). */
export function resultLink(pageUrl: string, code: string): string {
  const url = new URL('facilitator.html', pageUrl);
  url.search = '';
  url.hash = `r=${code}`;
  return url.toString();
}

/** The link that starts an act for a whole class (`?scenario=&seed=&class=`). */
export function scenarioLink(pageUrl: string, scenario: string, seed: number, className: string): string {
  const url = new URL('./', pageUrl);
  url.hash = '';
  const params = new URLSearchParams({ scenario, seed: String(seed) });
  const cleanClass = cleanName(className, CODE_LIMITS.className);
  if (cleanClass !== '') params.set('class', cleanClass);
  url.search = params.toString();
  return url.toString();
}

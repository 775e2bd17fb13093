// Test helper: frames deflated bytes exactly as a result code does (format byte, varint length,
// payload, FNV-1a checksum, base64url behind the prefix), so tests can forge what the game never writes.
import { CODE_PREFIX, fnv1a, toBase64Url } from '../../../src/platform/result-code';

export function frameDeflated(deflated: Uint8Array, prefix: string = CODE_PREFIX): string {
  const head = [1];
  let rest = deflated.length;
  while (rest >= 0x80) {
    head.push((rest & 0x7f) | 0x80);
    rest = Math.floor(rest / 128);
  }
  head.push(rest);
  const bytes = new Uint8Array(head.length + deflated.length + 4);
  bytes.set(head);
  bytes.set(deflated, head.length);
  const end = head.length + deflated.length;
  const sum = fnv1a(bytes, end);
  bytes.set([sum >>> 24, (sum >>> 16) & 0xff, (sum >>> 8) & 0xff, sum & 0xff], end);
  return prefix + toBase64Url(bytes);
}

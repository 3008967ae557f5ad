import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

// Draws the app icon (build/icon.png, 1024×1024): a rounded ink-blue square with a white opening
// quotation mark « over a short rule. Run once with `npx tsx tools/makeIcon.ts`; the PNG is committed.
const SIZE = 1024;

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Coverage 0..1 of pixel (x, y) by the shape, from 4×4 samples (anti-aliased edges). */
function coverage(inside: (x: number, y: number) => boolean, x: number, y: number): number {
  let n = 0;
  for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) if (inside(x + (i + 0.5) / 4, y + (j + 0.5) / 4)) n++;
  return n / 16;
}

const margin = 64;
const radius = 200;
function roundedSquare(x: number, y: number): boolean {
  const lo = margin + radius;
  const hi = SIZE - margin - radius;
  const cx = Math.min(Math.max(x, lo), hi);
  const cy = Math.min(Math.max(y, lo), hi);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2 && x >= margin && x <= SIZE - margin && y >= margin && y <= SIZE - margin;
}
/** A chevron "<" of stroke width w with its tip at (tx, ty). */
function chevron(tx: number, ty: number, w: number, h: number) {
  return (x: number, y: number) => {
    const dy = Math.abs(y - ty);
    if (dy > h) return false;
    const edge = tx + dy * 0.75;
    return x >= edge && x <= edge + w;
  };
}
const guillemet = [chevron(300, 470, 110, 190), chevron(520, 470, 110, 190)];
const rule = (x: number, y: number) => x >= 300 && x <= 724 && y >= 740 && y <= 790;

const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) {
  raw[y * (SIZE * 4 + 1)] = 0;
  for (let x = 0; x < SIZE; x++) {
    const bg = coverage(roundedSquare, x, y);
    const fg = Math.max(...guillemet.map((g) => coverage(g, x, y)), coverage(rule, x, y));
    const o = y * (SIZE * 4 + 1) + 1 + x * 4;
    // Ink blue #1f3a5f under white.
    raw[o] = Math.round(0x1f + (255 - 0x1f) * fg);
    raw[o + 1] = Math.round(0x3a + (255 - 0x3a) * fg);
    raw[o + 2] = Math.round(0x5f + (255 - 0x5f) * fg);
    raw[o + 3] = Math.round(255 * bg);
  }
}
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
mkdirSync('build', { recursive: true });
writeFileSync('build/icon.png', png);
console.log(`build/icon.png: ${SIZE}×${SIZE}, ${png.length} bytes`);

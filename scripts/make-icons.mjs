// Draws the toolbar and notification icons (public/icon/{16,32,48,128}.png) without any image
// library: a radar — blue disc, white rings and a sweep — rendered with 4×4 supersampling and
// written as PNG with node:zlib. Run: node scripts/make-icons.mjs
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const BLUE = [23, 92, 211];
const WHITE = [255, 255, 255];
const RED = [240, 68, 56];

/** Colour (with coverage) of the point (x, y) in a unit square [0,1]². */
function shade(x, y) {
  const dx = x - 0.5;
  const dy = y - 0.5;
  const r = Math.hypot(dx, dy);
  if (r > 0.48) return null;
  const ring = (radius, width) => Math.abs(r - radius) < width / 2;
  if (r < 0.06) return RED;
  if (ring(0.2, 0.05) || ring(0.36, 0.05)) return WHITE;
  // The sweep: a wedge from the centre towards the upper right.
  const angle = Math.atan2(-dy, dx);
  if (angle > 0.35 && angle < 0.95 && r < 0.44) return [80, 140, 235];
  return BLUE;
}

function render(size) {
  const px = new Uint8Array(size * size * 4);
  const n = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let rs = 0, gs = 0, bs = 0, cover = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = shade((x + (sx + 0.5) / n) / size, (y + (sy + 0.5) / n) / size);
          if (!c) continue;
          rs += c[0]; gs += c[1]; bs += c[2]; cover += 1;
        }
      }
      const i = (y * size + x) * 4;
      if (cover > 0) {
        px[i] = Math.round(rs / cover);
        px[i + 1] = Math.round(gs / cover);
        px[i + 2] = Math.round(bs / cover);
        px[i + 3] = Math.round((255 * cover) / (n * n));
      }
    }
  }
  return px;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, k) => {
  let c = k;
  for (let i = 0; i < 8; i++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(new URL('../public/icon/', import.meta.url), { recursive: true });
for (const size of [16, 32, 48, 128]) {
  writeFileSync(new URL(`../public/icon/${size}.png`, import.meta.url), png(size, render(size)));
}

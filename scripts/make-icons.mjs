#!/usr/bin/env node
/**
 * Draws the add-in's icons (assets/icon-{16,32,64,80,128}.png) from shapes, so no image is fetched
 * or copied from anywhere (DOMAIN §13): a blue rounded square with a white seal ring and check mark.
 * Run `node scripts/make-icons.mjs` after changing the drawing; the PNGs are committed.
 */
import { writeFileSync, mkdirSync } from "node:fs";
import { deflateSync } from "node:zlib";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ICON_SIZES = [16, 32, 64, 80, 128];
const SUPERSAMPLE = 4;
const BLUE = [0x1f, 0x5f, 0xa8];
const WHITE = [0xff, 0xff, 0xff];

/** Signed distances in units of the icon's side (0…1); negative = inside. */
function roundedSquare(x, y) {
  const half = 0.46;
  const radius = 0.16;
  const qx = Math.abs(x - 0.5) - (half - radius);
  const qy = Math.abs(y - 0.5) - (half - radius);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

function segment(x, y, [ax, ay], [bx, by]) {
  const t = Math.max(
    0,
    Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
  );
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
}

/** The white parts: a ring (the seal) and a check mark inside it. */
function isWhite(x, y) {
  const ring = Math.abs(Math.hypot(x - 0.5, y - 0.5) - 0.3) < 0.045;
  const tick =
    segment(x, y, [0.36, 0.52], [0.46, 0.62]) < 0.05 || segment(x, y, [0.46, 0.62], [0.65, 0.4]) < 0.05;
  return ring || tick;
}

export function drawIcon(size) {
  const rgba = Buffer.alloc(size * size * 4);
  const samples = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let cover = 0;
      let white = 0;
      for (let s = 0; s < samples; s++) {
        const x = (px + ((s % SUPERSAMPLE) + 0.5) / SUPERSAMPLE) / size;
        const y = (py + (Math.floor(s / SUPERSAMPLE) + 0.5) / SUPERSAMPLE) / size;
        if (roundedSquare(x, y) > 0) continue;
        cover++;
        if (isWhite(x, y)) white++;
      }
      const i = (py * size + px) * 4;
      const w = cover === 0 ? 0 : white / cover;
      for (let c = 0; c < 3; c++) rgba[i + c] = Math.round(BLUE[c] * (1 - w) + WHITE[c] * w);
      rgba[i + 3] = Math.round((255 * cover) / samples);
    }
  }
  return encodePng(size, size, rgba);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++)
    rgba.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = join(dirname(fileURLToPath(import.meta.url)), "..", "assets");
  mkdirSync(out, { recursive: true });
  for (const size of ICON_SIZES) {
    writeFileSync(join(out, `icon-${size}.png`), drawIcon(size));
    console.log(`assets/icon-${size}.png`);
  }
}

// Writes the add-in's icons (16, 32, 80 and 192 px PNGs, and a 32 px outline) into addin/assets/ with nothing but Node's zlib:
// a blue rounded square with a white check mark. Run: npx node addin/tools/makeIcons.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
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

/** Distance from point p to segment a–b. */
function segDist(px, py, ax, ay, bx, by) {
  const [dx, dy] = [bx - ax, by - ay];
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** `outline`: the unified manifest's 32 px outline icon, white on transparent (border and check only). */
function icon(size, outline = false) {
  const rows = [];
  const r = size * 0.18;
  const stroke = Math.max(1.2, size * 0.09);
  for (let y = 0; y < size; y++) {
    const row = [0]; // filter type: none
    for (let x = 0; x < size; x++) {
      const [u, v] = [(x + 0.5) / size, (y + 0.5) / size];
      const cx = Math.min(Math.max(x + 0.5, r), size - r);
      const cy = Math.min(Math.max(y + 0.5, r), size - r);
      const inside = Math.hypot(x + 0.5 - cx, y + 0.5 - cy) <= r;
      const border = x < 1 || y < 1 || x >= size - 1 || y >= size - 1 || Math.hypot(x + 0.5 - cx, y + 0.5 - cy) > r - 1;
      const check = Math.min(segDist(u, v, 0.25, 0.52, 0.43, 0.7), segDist(u, v, 0.43, 0.7, 0.76, 0.32)) * size <= stroke / 1.2;
      if (!inside) row.push(0, 0, 0, 0);
      else if (outline) row.push(...(check || border ? [255, 255, 255, 255] : [0, 0, 0, 0]));
      else if (check) row.push(255, 255, 255, 255);
      else row.push(0x1f, 0x5f, 0xa8, 255);
    }
    rows.push(Buffer.from(row));
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(6, 9); // colour type: RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// 16, 32 and 80 for manifest.xml; 192 (colour) and the 32 px outline for the unified manifest.
for (const size of [16, 32, 80, 192]) {
  const file = new URL(`../assets/icon-${size}.png`, import.meta.url);
  writeFileSync(file, icon(size));
  console.log(`wrote ${file.pathname}`);
}
const outline = new URL('../assets/icon-outline-32.png', import.meta.url);
writeFileSync(outline, icon(32, true));
console.log(`wrote ${outline.pathname}`);

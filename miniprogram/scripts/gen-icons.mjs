// Draws the tabBar icons (81×81 PNG, WeChat's recommended size) into src/assets/tab/.
// Run once after changing a shape or colour: node scripts/gen-icons.mjs
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

const SIZE = 81
const STROKE = 5.5
const COLORS = { normal: [0x8a, 0x8f, 0x99], active: [0x16, 0x77, 0xff] }
const outDir = path.resolve(import.meta.dirname, '..', 'src', 'assets', 'tab')

// distance helpers; a shape is "inside" when its distance is below half the stroke width
const segment = (px, py, ax, ay, bx, by) => {
  const dx = bx - ax, dy = by - ay
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
  return Math.hypot(px - ax - t * dx, py - ay - t * dy)
}
const ring = (px, py, cx, cy, r) => Math.abs(Math.hypot(px - cx, py - cy) - r)
const roundRectEdge = (px, py, x0, y0, x1, y1, r) => {
  const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2
  const hx = (x1 - x0) / 2 - r, hy = (y1 - y0) / 2 - r
  const qx = Math.abs(px - cx) - hx, qy = Math.abs(py - cy) - hy
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r
  return Math.abs(outside)
}
const stroke = d => d <= STROKE / 2
const fill = d => d <= 0

const shapes = {
  // a house: roof, walls, door
  home: (x, y) =>
    stroke(segment(x, y, 12, 40, 40.5, 15)) || stroke(segment(x, y, 40.5, 15, 69, 40)) ||
    stroke(roundRectEdge(x, y, 21, 35, 60, 67, 4)) ||
    fill(Math.max(Math.abs(x - 40.5) - 6, Math.abs(y - 57) - 10)),
  // a camera: body, viewfinder bump, lens
  report: (x, y) =>
    stroke(roundRectEdge(x, y, 12, 27, 69, 65, 8)) ||
    stroke(segment(x, y, 29, 27, 33, 18)) || stroke(segment(x, y, 33, 18, 48, 18)) || stroke(segment(x, y, 48, 18, 52, 27)) ||
    stroke(ring(x, y, 40.5, 46, 10)) || fill(Math.hypot(x - 60, y - 36) - 2.5),
  // a person: head and shoulders
  mine: (x, y) =>
    stroke(ring(x, y, 40.5, 28, 12)) ||
    (y <= 67 && stroke(ring(x, y, 40.5, 72, 26))) || stroke(segment(x, y, 14.5, 69, 66.5, 69)) && y >= 66
}

function png(width, height, rgba) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    return c >>> 0
  })
  const crc = buf => {
    let c = 0xffffffff
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8)
    return (c ^ 0xffffffff) >>> 0
  }
  const chunk = (type, data) => {
    const len = Buffer.alloc(4); len.writeUInt32BE(data.length)
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const c = Buffer.alloc(4); c.writeUInt32BE(crc(td))
    return Buffer.concat([len, td, c])
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0); ihdr.writeUInt32BE(height, 4)
  ihdr[8] = 8; ihdr[9] = 6 // 8-bit RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height)
  for (let y = 0; y < height; y++) rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4)
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))
  ])
}

function draw(shape, [r, g, b]) {
  const buf = Buffer.alloc(SIZE * SIZE * 4)
  const N = 4 // 4×4 supersampling for smooth edges
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      let hits = 0
      for (let sy = 0; sy < N; sy++) for (let sx = 0; sx < N; sx++) if (shape(x + (sx + 0.5) / N, y + (sy + 0.5) / N)) hits++
      const i = (y * SIZE + x) * 4
      buf[i] = r; buf[i + 1] = g; buf[i + 2] = b; buf[i + 3] = Math.round((255 * hits) / (N * N))
    }
  }
  return png(SIZE, SIZE, buf)
}

fs.mkdirSync(outDir, { recursive: true })
for (const [name, shape] of Object.entries(shapes)) {
  for (const [state, color] of Object.entries(COLORS)) {
    const file = path.join(outDir, `${name}${state === 'active' ? '-active' : ''}.png`)
    fs.writeFileSync(file, draw(shape, color))
    console.log(`${path.relative(process.cwd(), file)} ${fs.statSync(file).size} B`)
  }
}

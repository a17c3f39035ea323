#!/usr/bin/env node
/**
 * Draws Målkoll's icons into assets/icon-<size>.png: a green rounded square
 * with a white target ring and check mark ("mål" + "koll"). At 16 px the ring
 * would blur into the check, so the smallest icon shows a bolder check alone.
 *
 * Shapes are described in unit coordinates (0..1) and sampled on a fine grid
 * per pixel, which gives smooth edges at every size without a graphics library.
 * Usage: node scripts/make-icons.js
 */
const fs = require('node:fs');
const path = require('node:path');
const { encodePng } = require('./lib/png');

const SIZES = [16, 32, 64, 80, 128];
const SAMPLES_PER_AXIS = 8;
const GREEN_TOP = [0x2e, 0x9e, 0x5e];
const GREEN_BOTTOM = [0x13, 0x6b, 0x3c];
const WHITE = [0xff, 0xff, 0xff];

/** Signed distance from (x, y) to a rounded square filling the unit square less a margin. */
function roundedSquareDistance(x, y, margin, radius) {
  const half = 0.5 - margin - radius;
  const dx = Math.max(Math.abs(x - 0.5) - half, 0);
  const dy = Math.max(Math.abs(y - 0.5) - half, 0);
  return Math.hypot(dx, dy) - radius;
}

function distanceToSegment(x, y, [ax, ay], [bx, by]) {
  const vx = bx - ax;
  const vy = by - ay;
  const t = Math.min(1, Math.max(0, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
  return Math.hypot(x - ax - t * vx, y - ay - t * vy);
}

function onPolyline(x, y, points, thickness) {
  for (let i = 1; i < points.length; i += 1) {
    if (distanceToSegment(x, y, points[i - 1], points[i]) <= thickness / 2) return true;
  }
  return false;
}

/** The white marks for one size: a bold check at 16 px, ring and check above. */
function marksFor(size) {
  if (size <= 16) {
    const check = [
      [0.22, 0.53],
      [0.42, 0.72],
      [0.78, 0.32],
    ];
    return (x, y) => onPolyline(x, y, check, 0.17);
  }
  const check = [
    [0.35, 0.51],
    [0.46, 0.62],
    [0.67, 0.39],
  ];
  return (x, y) =>
    Math.abs(Math.hypot(x - 0.5, y - 0.5) - 0.3) <= 0.045 || onPolyline(x, y, check, 0.09);
}

function mix(a, b, t) {
  return a.map((value, i) => value + (b[i] - value) * t);
}

/** Colour and coverage of one sample point; null outside the icon. */
function sample(x, y, isMark) {
  if (roundedSquareDistance(x, y, 0.03, 0.2) > 0) return null;
  return isMark(x, y) ? WHITE : mix(GREEN_TOP, GREEN_BOTTOM, y);
}

function drawIcon(size) {
  const rgba = new Uint8Array(size * size * 4);
  const isMark = marksFor(size);
  const step = 1 / (size * SAMPLES_PER_AXIS);
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      const sum = [0, 0, 0];
      let covered = 0;
      for (let sy = 0; sy < SAMPLES_PER_AXIS; sy += 1) {
        for (let sx = 0; sx < SAMPLES_PER_AXIS; sx += 1) {
          const colour = sample(
            px / size + (sx + 0.5) * step,
            py / size + (sy + 0.5) * step,
            isMark,
          );
          if (!colour) continue;
          covered += 1;
          colour.forEach((value, i) => (sum[i] += value));
        }
      }
      const offset = (py * size + px) * 4;
      if (covered === 0) continue;
      sum.forEach((value, i) => (rgba[offset + i] = Math.round(value / covered)));
      rgba[offset + 3] = Math.round((255 * covered) / SAMPLES_PER_AXIS ** 2);
    }
  }
  return encodePng(size, size, rgba);
}

function main() {
  const assets = path.join(__dirname, '..', 'assets');
  fs.mkdirSync(assets, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(assets, `icon-${size}.png`);
    fs.writeFileSync(file, drawIcon(size));
    console.log(`${path.relative(process.cwd(), file)} (${size}×${size})`);
  }
}

main();

/**
 * The little of PNG that Målkoll needs, without dependencies: encode an RGBA
 * image (for scripts/make-icons.js) and read an image's size from its IHDR
 * chunk (for scripts/validate-manifest.js).
 */
const zlib = require('node:zlib');

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const COLOUR_TYPE_RGBA = 6;

/** CRC-32 (ISO 3309), as the PNG specification asks for every chunk. */
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/**
 * @param {number} width
 * @param {number} height
 * @param {Uint8Array} rgba width*height*4 bytes, not premultiplied
 * @returns {Buffer} the PNG file
 */
function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = COLOUR_TYPE_RGBA;
  // bytes 10–12: deflate compression, adaptive filtering, no interlace (all 0)
  const rowLength = width * 4;
  const raw = Buffer.alloc((rowLength + 1) * height);
  for (let y = 0; y < height; y += 1) {
    // Each scanline starts with its filter type; 0 (none) is enough for icons.
    Buffer.from(rgba.buffer, rgba.byteOffset + y * rowLength, rowLength).copy(
      raw,
      y * (rowLength + 1) + 1,
    );
  }
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * Width and height from a PNG's IHDR chunk, or null when the bytes are not a
 * PNG with an intact IHDR (signature, chunk type and CRC are all checked).
 * @param {Buffer} file
 * @returns {{ width: number, height: number } | null}
 */
function readPngSize(file) {
  const IHDR_END = 8 + 4 + 4 + 13; // signature, length, type, data
  if (file.length < IHDR_END + 4 || !file.subarray(0, 8).equals(SIGNATURE)) return null;
  if (file.toString('ascii', 12, 16) !== 'IHDR') return null;
  if (crc32(file.subarray(12, IHDR_END)) !== file.readUInt32BE(IHDR_END)) return null;
  return { width: file.readUInt32BE(16), height: file.readUInt32BE(20) };
}

module.exports = { encodePng, readPngSize };

/**
 * Text chunks (iTXt, UTF-8) written into a PNG after its header, so the file itself says what it
 * shows: title (the filters in words), description, source and copyright, readable by image tools.
 */

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** An iTXt chunk: keyword, no compression, no language tag, UTF-8 text. */
function textChunk(keyword: string, text: string): Uint8Array {
  const encoder = new TextEncoder();
  const key = encoder.encode(keyword);
  const value = encoder.encode(text);
  const data = new Uint8Array(key.length + 5 + value.length);
  data.set(key, 0);
  // keyword NUL, compression flag 0, method 0, empty language tag NUL, empty translated keyword NUL
  data.set(value, key.length + 5);
  return chunk("iTXt", data);
}

const IHDR_END = 8 + 25; // signature, then the IHDR chunk (13 bytes of data + 12)

export function withPngText(png: Uint8Array, entries: Record<string, string>): Uint8Array {
  const chunks = Object.entries(entries).map(([key, text]) => textChunk(key, text));
  const size = png.length + chunks.reduce((sum, c) => sum + c.length, 0);
  const out = new Uint8Array(size);
  out.set(png.subarray(0, IHDR_END), 0);
  let offset = IHDR_END;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  out.set(png.subarray(IHDR_END), offset);
  return out;
}

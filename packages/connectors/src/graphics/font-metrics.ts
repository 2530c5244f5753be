import zlib from 'node:zlib';

/**
 * Advance widths of one font, read from its WOFF file (the format @fontsource ships and satori
 * draws with), so the headline fitter measures text with the very metrics the glyphs are laid
 * out with. Only what measuring needs is read: head (units per em), hhea + hmtx (advances) and
 * cmap (code point → glyph). Kerning is ignored; the fitter keeps a width margin for it.
 */
export interface FontMetrics {
  unitsPerEm: number;
  /** Advance of the code point in font units, or null when the font has no glyph for it. */
  advance(codePoint: number): number | null;
}

/** Reads the sfnt tables out of a WOFF 1.0 file (https://www.w3.org/TR/WOFF/), inflating compressed ones. */
function woffTables(woff: Buffer): Map<string, Buffer> {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1.0 font');
  const numTables = woff.readUInt16BE(12);
  const tables = new Map<string, Buffer>();
  for (let index = 0; index < numTables; index += 1) {
    const entry = 44 + index * 20;
    const tag = woff.toString('latin1', entry, entry + 4);
    const offset = woff.readUInt32BE(entry + 4);
    const compressedLength = woff.readUInt32BE(entry + 8);
    const length = woff.readUInt32BE(entry + 12);
    const data = woff.subarray(offset, offset + compressedLength);
    tables.set(tag, compressedLength < length ? zlib.inflateSync(data) : data);
  }
  return tables;
}

function table(tables: Map<string, Buffer>, tag: string): Buffer {
  const data = tables.get(tag);
  if (!data) throw new Error(`font has no ${tag} table`);
  return data;
}

/** Format 4 (BMP segments) into `map`. */
function readFormat4(cmap: Buffer, offset: number, map: Map<number, number>): void {
  const segCount = cmap.readUInt16BE(offset + 6) / 2;
  const ends = offset + 14;
  const starts = ends + segCount * 2 + 2;
  const deltas = starts + segCount * 2;
  const rangeOffsets = deltas + segCount * 2;
  for (let segment = 0; segment < segCount; segment += 1) {
    const end = cmap.readUInt16BE(ends + segment * 2);
    const start = cmap.readUInt16BE(starts + segment * 2);
    const delta = cmap.readInt16BE(deltas + segment * 2);
    const rangeOffsetAt = rangeOffsets + segment * 2;
    const rangeOffset = cmap.readUInt16BE(rangeOffsetAt);
    for (let code = start; code <= end && code !== 0xffff; code += 1) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (code + delta) & 0xffff;
      else {
        const at = rangeOffsetAt + rangeOffset + (code - start) * 2;
        glyph = at + 2 <= cmap.length ? cmap.readUInt16BE(at) : 0;
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      }
      if (glyph !== 0) map.set(code, glyph);
    }
  }
}

/** Format 12 (sequential groups, full Unicode) into `map`. */
function readFormat12(cmap: Buffer, offset: number, map: Map<number, number>): void {
  const groups = cmap.readUInt32BE(offset + 12);
  for (let group = 0; group < groups; group += 1) {
    const at = offset + 16 + group * 12;
    const start = cmap.readUInt32BE(at);
    const end = cmap.readUInt32BE(at + 4);
    const firstGlyph = cmap.readUInt32BE(at + 8);
    for (let code = start; code <= end; code += 1) map.set(code, firstGlyph + code - start);
  }
}

/** The Unicode subtables (platform 0, or Windows 3/1 and 3/10) merged into one map. */
function characterMap(cmap: Buffer): Map<number, number> {
  const map = new Map<number, number>();
  const count = cmap.readUInt16BE(2);
  for (let index = 0; index < count; index += 1) {
    const platform = cmap.readUInt16BE(4 + index * 8);
    const encoding = cmap.readUInt16BE(6 + index * 8);
    if (!(platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10)))) continue;
    const offset = cmap.readUInt32BE(8 + index * 8);
    const format = cmap.readUInt16BE(offset);
    if (format === 4) readFormat4(cmap, offset, map);
    else if (format === 12) readFormat12(cmap, offset, map);
  }
  return map;
}

export function readFontMetrics(woff: Buffer): FontMetrics {
  const tables = woffTables(woff);
  const unitsPerEm = table(tables, 'head').readUInt16BE(18);
  const numberOfHMetrics = table(tables, 'hhea').readUInt16BE(34);
  const hmtx = table(tables, 'hmtx');
  const glyphs = characterMap(table(tables, 'cmap'));
  // Glyphs past numberOfHMetrics share the last advance (monospaced tails).
  const advanceOfGlyph = (glyph: number) => hmtx.readUInt16BE(Math.min(glyph, numberOfHMetrics - 1) * 4);
  return {
    unitsPerEm,
    advance(codePoint) {
      const glyph = glyphs.get(codePoint);
      return glyph === undefined ? null : advanceOfGlyph(glyph);
    },
  };
}

import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';

// Fonts for the generated sharing images, shipped with the app (Noto Sans from
// @fontsource, OFL). next/og fetches a font from Google, or an emoji from a
// CDN, for any character its fonts lack, while it draws: with no network the
// image breaks off, and a reader's share would wait on a third party. So the
// image gets fonts covering Latin, Greek, Cyrillic and Vietnamese, and its text
// keeps only characters those fonts cover (lib/og/text.ts), so nothing is ever
// fetched.
const SUBSETS = ['latin', 'latin-ext', 'greek', 'cyrillic', 'vietnamese'] as const;
const dir = path.join(process.cwd(), 'node_modules', '@fontsource', 'noto-sans');

export type OgFont = { name: string; data: ArrayBuffer; weight: 400 | 700; style: 'normal' };

let loaded: { fonts: OgFont[]; ranges: [number, number][] } | null = null;

function load() {
  if (loaded) return loaded;
  const fonts: OgFont[] = [];
  for (const weight of [400, 700] as const) {
    for (const subset of SUBSETS) {
      const file = readFileSync(path.join(dir, 'files', `noto-sans-${subset}-${weight}-normal.woff`));
      fonts.push({ name: 'Noto Sans', data: file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer, weight, style: 'normal' });
    }
  }
  // What the shipped subsets cover, as @fontsource declares it for browsers.
  const css = readFileSync(path.join(dir, '400.css'), 'utf8');
  const ranges: [number, number][] = [];
  for (const subset of SUBSETS) {
    const block = new RegExp(`noto-sans-${subset}-400-normal \\*/[^}]*unicode-range: ([^;]+);`).exec(css);
    if (!block) throw new Error(`@fontsource/noto-sans has no ${subset} subset: update lib/og/fonts.ts`);
    for (const part of block[1].split(',')) {
      const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
      ranges.push([parseInt(from, 16), parseInt(to ?? from, 16)]);
    }
  }
  loaded = { fonts, ranges };
  return loaded;
}

export function ogFonts(): OgFont[] {
  return load().fonts;
}

/** True when the shipped fonts can draw this code point. */
export function ogCovers(codePoint: number): boolean {
  return load().ranges.some(([from, to]) => codePoint >= from && codePoint <= to);
}

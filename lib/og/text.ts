import 'server-only';
import { ogCovers } from './fonts';

/**
 * Text the sharing image can draw with its own fonts: characters they lack
 * (emoji, CJK, Arabic…) are left out rather than fetched from the network.
 * Returns `fallback` when too little of the text is left to mean anything.
 */
export function ogText(text: string, fallback: string): string {
  const kept = [...text].filter((ch) => ch === ' ' || ogCovers(ch.codePointAt(0)!)).join('');
  const clean = kept.replace(/\s+/g, ' ').trim();
  const letters = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '').length;
  return letters(clean) >= Math.min(3, letters(text)) && clean ? clean : fallback;
}

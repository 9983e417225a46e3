// How a think tank writes a list of authors. The article page reads
// "By Samuel Bendett and Elsa B. Kania"; cards, where space is short, read
// "By Andrea Kendall-Taylor, Jim Townsend & Celeste Wallander".
export type BylineStyle = 'page' | 'card';

/** The text that goes before the name at each position: "", ", ", " and " / " & ". */
export function nameSeparators(count: number, style: BylineStyle = 'page'): string[] {
  const conjunction = style === 'card' ? ' & ' : ' and ';
  return Array.from({ length: count }, (_, i) => (i === 0 ? '' : i === count - 1 ? conjunction : ', '));
}

export function joinNames(names: readonly string[], style: BylineStyle = 'page'): string {
  const clean = names.map((n) => n.trim()).filter(Boolean);
  const separators = nameSeparators(clean.length, style);
  return clean.map((name, i) => separators[i] + name).join('');
}

export function byline(names: readonly string[], style: BylineStyle = 'page'): string {
  const joined = joinNames(names, style);
  return joined ? `By ${joined}` : '';
}

import { describe, expect, it } from 'vitest';
import { ogText } from './text';

describe('ogText: only what the shipped fonts draw, so the sharing image never fetches', () => {
  it('keeps Latin, accents, typographic punctuation, Greek, Cyrillic and Vietnamese', () => {
    for (const t of ['Deterrence — “now” · 2027', 'Künftige Sicherheit, façade, Łódź', 'Η Ελλάδα στο ΝΑΤΟ', 'Россия и Китай', 'Việt Nam và Biển Đông']) expect(ogText(t, 'CNAS')).toBe(t);
  });
  it('drops emoji and scripts the fonts lack, and tidies the spaces left behind', () => {
    expect(ogText('Deterrence 🚀 in the Pacific', 'CNAS')).toBe('Deterrence in the Pacific');
    expect(ogText('Mixed 中国 Strategy', 'CNAS')).toBe('Mixed Strategy');
  });
  it('falls back when nothing readable is left', () => {
    expect(ogText('中国的战略选择', 'CNAS')).toBe('CNAS');
    expect(ogText('🚀🚀', 'CNAS')).toBe('CNAS');
  });
});

// The parts of citation-js this app calls (the packages ship no types).
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    data: Record<string, unknown>[];
    format(format: 'bibliography', options: { template: string; format: 'html' | 'text'; lang: string }): string;
    format(format: 'bibtex' | 'ris' | 'data', options?: { format?: 'text' | 'object' }): string;
  }
  export const plugins: { config: { get(name: '@csl'): { styles: { add(name: string, style: unknown): void; has(name: string): boolean } } } };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/name' {
  export function parse(name: string): { given?: string; family?: string; suffix?: string };
}

export const RENDERER_SOURCES: string[];
export function rendererVersion(): string;

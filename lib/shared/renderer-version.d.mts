export const RENDERER_SOURCES: string[];
export function rendererVersion(): string;
export function importedPackages(source: string): Set<string>;
export function lockedClosure(lock: { packages?: Record<string, { version?: string; dependencies?: Record<string, string>; peerDependencies?: Record<string, string> }> }, roots: Iterable<string>): string[];

export declare const RACE_WINDOW_MS: number;
export declare const ALL: string;
export declare function isExpired(expiries: (number | null)[], storedAt: number, now?: number): boolean;
export interface CacheStore {
  kind: 'redis' | 'sqlite';
  expireTags(tags: string[], at?: number, options?: { deferred?: boolean }): Promise<void>;
  expiries(tags: string[]): Promise<(number | null)[]>;
  healthy(): Promise<boolean>;
  close(): Promise<void>;
}
export declare function cacheStore(): Promise<CacheStore>;

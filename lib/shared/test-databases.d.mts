export type ScratchDatabase = { url: string; drop: () => Promise<void> };
export declare function scratchSqlite(prefix?: string): ScratchDatabase;
export declare function scratchPostgres(prefix?: string): Promise<ScratchDatabase>;
export declare function migrateAt(url: string): Promise<void>;

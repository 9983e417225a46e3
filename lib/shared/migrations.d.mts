export declare function migrationsDir(name: 'sqlite' | 'postgres'): string;
export declare function listMigrations(name: 'sqlite' | 'postgres'): string[];
export declare function applyMigrations(options?: { quiet?: boolean }): Promise<number>;
export declare function withStartupLock<T>(fn: () => Promise<T>): Promise<T>;
export declare function waitForDatabase(options?: { seconds?: number }): Promise<void>;

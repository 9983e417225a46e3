export declare const DEFAULT_SQLITE_FILE: string;
export type DatabaseTarget = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };
export declare function databaseTarget(url?: string): DatabaseTarget;

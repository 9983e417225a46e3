export type TopologyOptions = {
  name?: string;
  database?: 'postgres' | 'sqlite';
  instances?: number;
  basePort?: number;
  frontPort?: number;
  /** null: no Redis, the cache lives in a SQLite file (the embedded default) */
  redisUrl?: string | null;
  distDir?: string;
  front?: boolean;
  media?: 's3' | 'disk';
  log?: (line: string) => void;
  env?: Record<string, string>;
};
export type Topology = {
  databaseUrl: string;
  redisUrl: string | null;
  secret: string;
  front: { url: string; port: number } | null;
  apps: { url: string; port: number }[];
  restart(i: number, signal?: NodeJS.Signals): Promise<void>;
  stopInstance(i: number, signal?: NodeJS.Signals): Promise<void>;
  startInstance(i: number): Promise<void>;
  stop(): Promise<void>;
};
export declare function startTopology(options?: TopologyOptions): Promise<Topology>;
export declare function freshPostgres(name: string, admin?: string): Promise<string>;
export declare function freshRedis(url: string): Promise<void>;
export declare function fillVcl(o: { backends: { host: string; port: number }[]; secret: string; purgers?: string[] }): string;
export declare function ensureVarnish(): string;

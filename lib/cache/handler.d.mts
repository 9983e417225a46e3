/* eslint-disable @typescript-eslint/no-explicit-any */
export declare const SURROGATE_HEADER: string;
export declare function surrogateKeys(tags: string[]): string;
export default class CacheHandler {
  constructor(ctx: { serverDistDir?: string; [k: string]: unknown });
  get(key: string, ctx?: any): Promise<any>;
  set(key: string, data: any, ctx?: any): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
  resetRequestCache(): void;
}

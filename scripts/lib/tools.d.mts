// Types for tools.mjs (plain JavaScript so it runs before dependencies are installed).
export declare const PNPM_VERSION: string;
export declare const ROOT: string;
export declare function pnpm(args: string[], opts?: { cwd?: string; env?: Record<string, string> }): void;
export declare function tsxBin(): string;
export declare function newestMtime(dir: string): number;
export declare function ensureDependencies(): void;
export declare function ensureBuilt(type: 'h5' | 'weapp', opts?: { force?: boolean }): void;
export declare function ensureChromium(): string;
export declare function waitForHttp(url: string, timeoutMs: number): Promise<void>;

export function findPostgresBinDir(): string | undefined;
export function ensurePostgres(): string;
export function startPostgres(options?: { settings?: Record<string, string | number> }): Promise<{
  url: string;
  bin: string;
  data: string;
  stop(): void;
}>;

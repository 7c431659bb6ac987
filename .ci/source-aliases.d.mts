/** Vite aliases from the workspace packages' names to their sources (see source-aliases.mjs). */
export declare const SOURCE_ALIASES: { find: RegExp; replacement: string }[];

// Types for hostile.mjs (Storybook's embedding stories import it from TypeScript).
export declare const FIELDS: Record<string, Record<string, string>>;
export declare const OPEN: string;
export declare const CLOSE: string;
export declare const BAD_URLS: string[];
export declare const GOOD_URLS: string[];
export declare const BAD_IMAGES: string[];
export declare const GOOD_IMAGES: string[];
export declare const HOSTILE: string;
export declare function payload(n: number): string;
export declare function longPayload(n: number): string;
export declare function hostileConference(sample: unknown, fields?: Record<string, Record<string, string>>): { json: Record<string, unknown>; fields: string[] };
export declare function fatalConference(): Record<string, unknown>;

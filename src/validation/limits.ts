/**
 * Every size limit of the engine and the playground, in one place: each bounds the work one
 * reader's text can cause, so a paste can slow nothing down for long and never freezes the tab.
 */

/** Longest text checked, in UTF-16 code units; longer text is one clear error. */
export const MAX_TEXT_LENGTH = 5 * 1024 * 1024;

/** Most warnings the engine builds messages for; the rest are only counted. */
export const MAX_LISTED_WARNINGS = 1000;

/** Most problems drawn at once, as markers and in the list (a 1 MB paste can hold 100,000). */
export const MAX_SHOWN_PROBLEMS = 500;

/** Texts up to this length are checked on the page at each keystroke; longer ones in a worker. */
export const SYNC_VALIDATION_LENGTH = 100_000;

/** Longest text a share link may unpack to, in bytes: guards against a compression bomb. */
export const MAX_SHARED_TEXT_BYTES = 1024 * 1024;

/** Longest draft kept in the browser's storage: a 1 MB paste is not worth a quota error. */
export const MAX_DRAFT_LENGTH = 200_000;

/** Deepest JSON the Format button rewrites: deeper, pretty-printing makes a wall of whitespace. */
export const MAX_FORMAT_DEPTH = 200;

/** The size `SYNC_VALIDATION_LENGTH` stands for, as readers read it. */
export const SYNC_VALIDATION_SIZE_TEXT = `${SYNC_VALIDATION_LENGTH / 1000} KB`;

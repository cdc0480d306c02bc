/** `text` with every character a regular expression gives a meaning to escaped, to match it as it is. */
export const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface DidYouMeanOptions {
	/** Largest edit distance still offered as a near miss (after case and spaces are ignored). */
	maxDistance?: number;
}

/** The allowed value a near miss was probably meant to be: same up to case and spaces, or a typo away. */
export function didYouMean(
	received: string,
	allowed: readonly string[],
	{ maxDistance = 2 }: DidYouMeanOptions = {}
): string | undefined {
	const normalize = (value: string) => value.trim().toLowerCase();
	const wanted = normalize(received);
	if (wanted.length > 200) return undefined;
	let best: { value: string; distance: number } | undefined;
	for (const value of allowed) {
		const candidate = normalize(value);
		// The distance is at least the difference in length: skip the matrix when that is too far.
		if (Math.abs(candidate.length - wanted.length) > maxDistance) continue;
		const distance = editDistance(wanted, candidate);
		if (distance <= maxDistance && (!best || distance < best.distance)) best = { value, distance };
	}
	return best?.value;
}

/** Levenshtein distance over two short strings, one row at a time. */
function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
			current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
		}
		previous = current;
	}
	return previous[b.length]!;
}

/** Median, min, max and count of some samples. */
export function summary(values) {
	if (values.length === 0) return { median: NaN, min: NaN, max: NaN, n: 0 };
	const sorted = [...values].sort((a, b) => a - b);
	const middle = sorted.length >> 1;
	const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	return { median, min: sorted[0], max: sorted.at(-1), n: sorted.length };
}

/**
 * The median of `numerators[i] / denominators[i]`: the ratio of two candidates' samples taken side
 * by side (in the same round of turns), pair by pair. Unlike the ratio of their medians, it holds
 * when the machine changes speed during a run: each pair was timed at one speed, while the two
 * medians can each fall at a different speed when the samples are split about evenly between them.
 */
export function pairedRatio(numerators, denominators) {
	const count = Math.min(numerators.length, denominators.length);
	const ratios = [];
	for (let index = 0; index < count; index++) ratios.push(numerators[index] / denominators[index]);
	return summary(ratios).median;
}

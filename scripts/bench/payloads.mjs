// The bench's payloads: texts of about a given size in each shape the engine must handle well.
// Each is the model's value (or, for `arrayRoot`, a list of them) grown by repeating one part.

/**
 * `head`, then parts from `part(i)` joined by `separator` until the text is at least `bytes`
 * long (the last part crosses the line), then `tail`.
 */
function grow(bytes, head, part, separator, tail) {
	const parts = [];
	let size = head.length + tail.length;
	for (let i = 0; size < bytes || parts.length === 0; i++) {
		const next = part(i);
		parts.push(next);
		size += next.length + (parts.length > 1 ? separator.length : 0);
	}
	return head + parts.join(separator) + tail;
}

const OPEN = '{\n  "status": "started",\n  "operationId": "op-123",\n';

/** Shape name -> (bytes) -> text. */
export const payloads = {
	/** Many unknown keys, each one a warning (the SDK drops them): the playground's usual bench payload. */
	unknownKeys: (bytes) => grow(bytes, OPEN, (i) => `  "extra${i}": "value number ${i}"`, ',\n', '\n}\n'),
	/** One long string value (in a known field), with an escape now and then. */
	longString: (bytes) =>
		grow(bytes, '{\n  "status": "started",\n  "operationId": "', (i) => `lorem ipsum dolor sit amet ${i}${i % 8 === 7 ? '\\n' : ' '}`, '', '"\n}\n'),
	/** A nested unknown value: an array of small nested objects under one unknown key. */
	nested: (bytes) =>
		grow(
			bytes,
			`${OPEN}  "items": [\n`,
			(i) => `    { "id": ${i}, "name": "item ${i}", "tags": ["a", "b"], "meta": { "x": ${i}, "ok": true, "ratio": 0.5 } }`,
			',\n',
			'\n  ]\n}\n'
		),
	/** An array at the root (not the model's object: one error), about 10,000 items at 1 MB. */
	arrayRoot: (bytes) =>
		grow(
			bytes,
			'[\n',
			(i) => `  { "status": "started", "operationId": "op-${String(i).padStart(6, '0')}", "region": "eu-west-1", "attempt": ${i % 10}, "retry": false }`,
			',\n',
			'\n]\n'
		),
	/** The same key again and again (JSON keeps the last; each repeat is a warning). */
	duplicateKeys: (bytes) => grow(bytes, '{\n  "status": "started",\n', (i) => `  "operationId": "op-${i}"`, ',\n', '\n}\n'),
};

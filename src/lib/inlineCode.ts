export interface TextRun {
	text: string;
	code: boolean;
}

/** Splits prose on `backticks` so descriptions can show inline code without rendering any HTML. */
export function inlineCode(text: string): TextRun[] {
	return text
		.split('`')
		.map((run, index) => ({ text: run, code: index % 2 === 1 }))
		.filter((run) => run.text !== '');
}

/** The same prose as plain text, for `<meta name="description">`. */
export function plainText(text: string): string {
	return text.replaceAll('`', '');
}

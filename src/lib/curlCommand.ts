import { API_KEY_HEADER, SERVER_URL, type OperationEntry } from '../schemas/operations';

export interface CurlOptions {
	/** The JSON body to send; omitted for an operation without one. */
	body?: unknown;
	/** Path parameter values by name; missing ones take the parameter's example. */
	parameters?: Record<string, string>;
	/** Printed in place of the key, which never appears in a page or a copy. */
	apiKey?: string;
}

/** A POSIX shell single-quoted word: nothing inside is expanded. */
function shellQuote(text: string): string {
	return `'${text.replaceAll("'", `'\\''`)}'`;
}

/** The request's URL: the SDK's server and the operation's path, each parameter percent-encoded as the SDK does. */
export function operationUrl(operation: Pick<OperationEntry, 'path' | 'parameters'>, values: Record<string, string> = {}): string {
	const path = operation.path.replace(/\{(\w+)\}/g, (_match, name: string) => {
		const parameter = operation.parameters.find((candidate) => candidate.name === name);
		return encodeURIComponent(values[name] ?? parameter?.example ?? name);
	});
	return `${SERVER_URL}${path}`;
}

/** The operation as a curl command, headers as the SDK sends them. */
export function curlCommand(
	operation: Pick<OperationEntry, 'method' | 'path' | 'parameters' | 'requestBody'>,
	{ body, parameters, apiKey = '<YOUR_API_KEY_HERE>' }: CurlOptions = {}
): string {
	const lines = [
		`curl${operation.method === 'GET' ? '' : ` -X ${operation.method}`} ${shellQuote(operationUrl(operation, parameters))}`,
		`-H ${shellQuote(`${API_KEY_HEADER}: ${apiKey}`)}`,
		`-H ${shellQuote('Accept: application/json')}`,
	];
	if (operation.requestBody) {
		lines.push(`-H ${shellQuote('Content-Type: application/json')}`);
		lines.push(`--data ${shellQuote(JSON.stringify(body ?? {}, null, 2))}`);
	}
	return `${lines.join(' \\\n  ')}\n`;
}

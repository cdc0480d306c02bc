import { CLIENT_CLASS, SDK_PACKAGE, type OperationEntry } from '../schemas/operations';
import { toTypeScriptLiteral } from './toTypeScriptLiteral';

/** The operation called through the SDK, in the style of the SDK's own docs, with example arguments. */
export function sdkCallSnippet(operation: OperationEntry, body?: unknown): string {
	const client = operation.parameters.filter((parameter) => parameter.sdk === 'client');
	const args = operation.parameters
		.filter((parameter) => parameter.sdk === 'argument')
		.map((parameter) => JSON.stringify(parameter.example));
	if (operation.requestBody) args.push(toTypeScriptLiteral(body ?? {}));
	return [
		`import { ${CLIENT_CLASS} } from ${JSON.stringify(SDK_PACKAGE)};`,
		'',
		`const intunedClient = new ${CLIENT_CLASS}({`,
		'  apiKey: "<YOUR_API_KEY_HERE>",',
		...client.map((parameter) => `  ${parameter.name}: ${JSON.stringify(parameter.example)},`),
		'});',
		'',
		`const result = await intunedClient.${operation.sdkMethod}(${args.join(', ')});`,
		'',
		'console.log(result);',
		'',
	].join('\n');
}

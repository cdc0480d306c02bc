import { execFileSync } from 'node:child_process';
import { expect, test } from 'vitest';
import { getOperation } from '../schemas/operations';
import { curlCommand, operationUrl } from './curlCommand';

test('a POST with a body: method, URL from the SDK server, the SDK headers, the body as JSON', () => {
	expect(curlCommand(getOperation('resume'), { body: { input: '1', info_request_id: 'r' } })).toBe(
		[
			"curl -X POST 'https://app.intuned.io/api/v1/workspace/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee/projects/my-project/auth-sessions/create/aaaabbbCCCCdddd/resume' \\",
			"  -H 'x-api-key: <YOUR_API_KEY_HERE>' \\",
			"  -H 'Accept: application/json' \\",
			"  -H 'Content-Type: application/json' \\",
			"  --data '{",
			'  "input": "1",',
			'  "info_request_id": "r"',
			"}'",
			'',
		].join('\n')
	);
});

test('a GET has no method flag and no body', () => {
	const command = curlCommand(getOperation('result'), { body: { ignored: true } });
	expect(command.startsWith("curl 'https://")).toBe(true);
	expect(command).not.toContain('--data');
});

test('path parameters are percent-encoded, as the SDK encodes them', () => {
	expect(operationUrl(getOperation('result'), { projectName: 'a b/c', operationId: 'x?y' })).toBe(
		'https://app.intuned.io/api/v1/workspace/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee/projects/a%20b%2Fc/auth-sessions/create/x%3Fy/result'
	);
});

test('a body with quotes, $ and backticks reaches curl as written: a POSIX shell parses the command back to it', () => {
	const body = { input: "it's $HOME `whoami` \\ \"q\"" };
	const command = curlCommand(getOperation('start'), { body });
	// The shell only splits the words (printf prints the --data argument); nothing is run or expanded.
	const script = `set -- ${command.trimEnd().replaceAll('\\\n', ' ').replace(/^curl/, '')}; while [ "$1" != "--data" ]; do shift; done; printf %s "$2"`;
	const data = execFileSync('sh', ['-c', script], { encoding: 'utf8' });
	expect(JSON.parse(data)).toEqual(body);
});

import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { alreadyRunningMessage, isPortFree, portTakenMessage, runningPreview } from './start.mjs';

test('a port someone listens on is not free; it is again once they stop', async () => {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen({ port: 0, host: '127.0.0.1' }, resolve));
	const { port } = server.address() as { port: number };
	expect(await isPortFree(port)).toBe(false);
	await new Promise((resolve) => server.close(resolve));
	expect(await isPortFree(port)).toBe(true);
});

test('the message says the port is taken, how to stop what holds it, and how to pick another', () => {
	const message = portTakenMessage(4321, 4323);
	expect(message).toContain('Port 4321 on 127.0.0.1 is already in use');
	expect(message).toContain('lsof -i :4321');
	expect(message).toContain('PORT=4323 npm start');
	expect(message).not.toContain('astro preview stop');
	expect(portTakenMessage(4321, undefined)).toContain('PORT=4322 npm start');
});

test('a preview of this site that is running is found from its lock file; a dead or foreign one is not', async () => {
	const root = mkdtempSync(join(tmpdir(), 'start-'));
	mkdirSync(join(root, '.astro'));
	const lock = (pid: number) =>
		writeFileSync(join(root, '.astro', 'preview.json'), JSON.stringify({ pid, port: 4391, url: 'http://127.0.0.1:4391' }));
	expect(runningPreview(root)).toBeUndefined();

	// A stand-in whose command line names astro, as `astro preview`'s does.
	const preview = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)', 'astro.mjs', 'preview']);
	const other = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)']);
	try {
		lock(preview.pid!);
		expect(runningPreview(root)).toEqual({ pid: preview.pid, url: 'http://127.0.0.1:4391' });
		lock(other.pid!);
		expect(runningPreview(root)).toBeUndefined();
	} finally {
		preview.kill();
		other.kill();
	}
	await once(preview, 'exit');
	lock(preview.pid!);
	expect(runningPreview(root)).toBeUndefined();
	rmSync(root, { recursive: true });
});

test('the already-running message says where the site is and how to stop it', () => {
	const message = alreadyRunningMessage({ pid: 123, url: 'http://127.0.0.1:4391' });
	expect(message).toContain('already being served at http://127.0.0.1:4391/ (process 123');
	expect(message).toContain('kill 123');
	expect(message).not.toContain('astro preview stop');
});

import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { freePort } from './freePort.mjs';

const listen = (port: number) =>
	new Promise<ReturnType<typeof createServer>>((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () => resolve(server));
	});

describe('freePort', () => {
	it('returns a port a server can listen on at once', async () => {
		const port = await freePort();
		expect(port).toBeGreaterThan(0);
		const server = await listen(port);
		await new Promise((resolve) => server.close(resolve));
	});

	it('never returns a port that is already taken', async () => {
		const taken = await listen(0);
		const address = taken.address();
		const takenPort = typeof address === 'object' && address ? address.port : 0;
		try {
			for (let i = 0; i < 20; i++) expect(await freePort()).not.toBe(takenPort);
		} finally {
			await new Promise((resolve) => taken.close(resolve));
		}
	});
});

import { createServer } from 'node:net';
import { expect, test } from 'vitest';
import { isPortFree, portTakenMessage } from './start.mjs';

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

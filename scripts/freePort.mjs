// A TCP port nothing listens on right now, chosen by the system (listening on port 0), so each
// end-to-end run and each bench run serves the built site on its own port and can never test a
// server someone else left running.
import { createServer } from 'node:net';

/**
 * @param {{ host?: string }} [options] address to probe (default 127.0.0.1, where the site is served)
 * @returns {Promise<number>}
 */
export function freePort({ host = '127.0.0.1' } = {}) {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.unref();
		server.once('error', reject);
		server.listen(0, host, () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => (port ? resolve(port) : reject(new Error('no port was assigned'))));
		});
	});
}

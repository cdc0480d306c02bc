// Stand-in for Monaco's colour picker in hovers (see scripts/viteMonacoStubs.mjs): JSON payloads
// here carry no CSS colours, and no colour provider is registered.
export function isOnColorDecorator() {
	return false;
}

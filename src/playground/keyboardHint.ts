/** Whether the platform is a Mac, where Monaco binds Tab focus mode to Ctrl+Shift+M instead of Ctrl+M. */
export function isMac(platform: string, userAgent = ''): boolean {
	return /Mac|iPhone|iPad/i.test(platform) || /Mac OS X/i.test(userAgent);
}

/** The visible hint for leaving the editor with the keyboard (Monaco's Tab focus mode). */
export function tabFocusKey(mac: boolean): string {
	return mac ? 'Ctrl+Shift+M' : 'Ctrl+M';
}

// Stand-in for Monaco's click animations (see scripts/viteMonacoStubs.mjs): confetti, pulse waves
// and the like for menu entries created with an `onClickAnimation` option. No menu in Monaco sets
// that option (VS Code's chat does), so the menus never ask for one.
export function captureAnimationTarget() {
	return undefined;
}
export function triggerClickAnimation() {}

// Stand-in for the pieces of Monaco's experimental GPU renderer (see scripts/viteMonacoStubs.mjs).
// They are only created when `experimentalGpuAcceleration` is 'on'; the playground leaves it off.
class GpuRendererAbsent {
	constructor() {
		throw new Error('The GPU renderer is not part of this Monaco build.');
	}
}
export { GpuRendererAbsent as ViewGpuContext, GpuRendererAbsent as ViewLinesGpu, GpuRendererAbsent as RulersGpu, GpuRendererAbsent as GpuMarkOverlay };

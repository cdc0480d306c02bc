// Stand-in for Monaco's code-action (quick fix) engine (see scripts/viteMonacoStubs.mjs). No
// code-action provider is registered here, so asking for fixes always finds none: the marker hover
// then says "No quick fixes available", as it would with the real module.
export const quickFixCommandId = 'editor.action.quickFix';
export const ApplyCodeActionReason = {
	OnSave: 'onSave',
	FromProblemsView: 'fromProblemsView',
	FromCodeActions: 'fromCodeActions',
	FromAILightbulb: 'fromAILightbulb',
	FromProblemsHover: 'fromProblemsHover',
};
export function getCodeActions() {
	return Promise.resolve({ validActions: [], allActions: [], documentation: [], hasAutoFix: false, hasAIFix: false, allAIFixes: false, dispose() {} });
}

// Vite plugins: lets monaco-editor 0.57 take editor features (find, hover, quick fixes, the
// completion list, folding...) that load after an editor was made. Monaco reads its registries
// once: an editor takes the contributions and actions registered when it is constructed, the
// standalone services the singletons and editor features registered when the first editor is
// made, the configuration service the settings' defaults when it is made, the keyboard service
// its table of keys when it first needs it, and the theme its colours and styling rules when it
// is set. The playground draws its first line with the editor core only and loads the features a
// frame later (src/playground/monacoFeatures.ts): the browser then compiles and runs 0.7 MB less
// before that line. Once they have run,
// `StandaloneServices.takeLateRegistrations()` gives each registry's newcomers to whoever read it:
//
// - the services take the singletons and editor features registered since (the code that did
//   this at initialization, moved into two functions that both call);
// - the configuration service takes the defaults of the settings registered since (the quick-fix
//   menu's own: its group headers, and fixes offered from anywhere on the problem's line), as
//   values in memory, the one layer it lets change;
// - the keyboard service drops its table, so the features' keys work;
// - the theme writes its colours and rules again, with the features' own;
// - every editor takes the contributions and actions registered since it was made (counted at
//   construction: Monaco's registries only ever grow), with the constructor's own code for the
//   actions, and makes each contribution now if the editor already made those of its kind.
//
// Tied to monaco-editor 0.57 (pinned): the build fails if the code patched is not found exactly
// once, `viteMonacoLateFeatures.test.ts` checks the edits (what moved, what was kept), and the
// end-to-end suite uses the features after they arrive, holding them back until keys were pressed.
import { monacoPatch } from './monacoPatch.mjs';

/** The modules patched (paths under `monaco-editor/esm/`). */
export const CONTRIBUTIONS_MODULE = 'vs/editor/browser/widget/codeEditor/codeEditorContributions.js';
export const WIDGET_MODULE = 'vs/editor/browser/widget/codeEditor/codeEditorWidget.js';
export const SERVICES_MODULE = 'vs/editor/standalone/browser/standaloneServices.js';

const check = 'check the registries the editor and its services read (scripts/viteMonacoLateFeatures.mjs)';

const contributions = monacoPatch({
	name: 'monaco-late-features-contributions',
	path: CONTRIBUTIONS_MODULE,
	edits: [
		{
			find: `    saveViewState() {`,
			replace: `    // Patched (scripts/viteMonacoLateFeatures.mjs): contributions registered after the editor was
    // made. Those of a kind the editor has made already are made now; the others wait their turn.
    addLate(contributions) {
        for (const desc of contributions) {
            if (this._pending.has(desc.id) || this._instances.get(desc.id)) {
                onUnexpectedError(new Error(\`Cannot have two contributions with the same id \${desc.id}\`));
                continue;
            }
            this._pending.set(desc.id, desc);
        }
        this._finishedInstantiation.forEach((finished, instantiation) => {
            if (finished) {
                this._finishedInstantiation[instantiation] = false;
                this._instantiateSome(instantiation);
            }
        });
    }
    saveViewState() {`,
		},
	],
	check,
});

const ACTIONS_LOOP_START = `        this._contributions.initialize(this, contributions, this._instantiationService);
        for (const action of EditorExtensionsRegistry.getEditorActions()) {`;
const ACTIONS_LOOP_END = `            this._actions.set(internalAction.id, internalAction);
        }
`;

const widget = monacoPatch({
	name: 'monaco-late-features-widget',
	path: WIDGET_MODULE,
	edits: [
		{
			find: ACTIONS_LOOP_START,
			replace: `        this._contributions.initialize(this, contributions, this._instantiationService);
        // Patched (scripts/viteMonacoLateFeatures.mjs): the loop below, kept for the actions
        // registered after construction (takeLateRegistrations).
        const addActions = (actions) => { for (const action of actions) {`,
		},
		{
			find: ACTIONS_LOOP_END,
			replace: `            this._actions.set(internalAction.id, internalAction);
        } };
        const registeredActions = EditorExtensionsRegistry.getEditorActions();
        let actionsTaken = registeredActions.length;
        let contributionsTaken = contributions.length;
        const fromRegistry = !Array.isArray(codeEditorWidgetOptions.contributions);
        addActions(registeredActions.slice(0, actionsTaken));
        this.takeLateRegistrations = () => {
            if (fromRegistry) {
                const all = EditorExtensionsRegistry.getEditorContributions();
                this._contributions.addLate(all.slice(contributionsTaken));
                contributionsTaken = all.length;
            }
            const late = registeredActions.slice(actionsTaken);
            actionsTaken = registeredActions.length;
            addActions(late);
        };
`,
		},
	],
	check,
});

const SINGLETONS = `        // Add singletons that were registered after this module loaded
        for (const [id, descriptor] of getSingletonServiceDescriptors()) {
            if (!serviceCollection.get(id)) {
                serviceCollection.set(id, descriptor);
            }
        }
`;
const EDITOR_FEATURES = `        // Instantiate all editor features
        const editorFeatures = getEditorFeatures();
        for (const feature of editorFeatures) {
            try {
                instantiationService.createInstance(feature);
            }
            catch (err) {
                onUnexpectedError(err);
            }
        }
`;

const services = monacoPatch({
	name: 'monaco-late-features-services',
	path: SERVICES_MODULE,
	edits: [
		{
			find: `    getValue(arg1, arg2) {
        const section = typeof arg1 === 'string' ? arg1 : undefined;`,
			replace: `    // Patched (scripts/viteMonacoLateFeatures.mjs): the defaults of settings registered after the
    // service was made (it reads the registry once, above), kept as values in memory.
    takeLateDefaults() {
        const defaultConfiguration = new DefaultConfiguration(this.logService);
        const defaults = defaultConfiguration.reload();
        defaultConfiguration.dispose();
        const late = defaults.keys.filter((key) => this.getValue(key) === undefined);
        return this.updateValues(late.map((key) => [key, defaults.getValue(key)]));
    }
    getValue(arg1, arg2) {
        const section = typeof arg1 === 'string' ? arg1 : undefined;`,
		},
		{ find: SINGLETONS, replace: `        addSingletons();\n` },
		{ find: EDITOR_FEATURES, replace: `        instantiateEditorFeatures();\n` },
		{
			find: `    function initialize(overrides) {`,
			replace: `    // Patched (scripts/viteMonacoLateFeatures.mjs): initialize's two loops over the registries,
    // as functions, so that takeLateRegistrations can run them again for what came later.
    function addSingletons() {
${SINGLETONS.trimEnd()}
    }
    let editorFeaturesTaken = 0;
    function instantiateEditorFeatures() {
${EDITOR_FEATURES.replace('for (const feature of editorFeatures)', 'for (const feature of editorFeatures.slice(editorFeaturesTaken))').trimEnd()}
        editorFeaturesTaken = editorFeatures.length;
    }
    // What was registered since the services were made: to the services, the keyboard service,
    // the theme and every editor. (Before the first editor, initialize will take it all.)
    function takeLateRegistrations() {
        if (!initialized) {
            return;
        }
        addSingletons();
        instantiateEditorFeatures();
        get(IConfigurationService).takeLateDefaults?.();
        get(IKeybindingService).updateResolver();
        get(IStandaloneThemeService)._updateThemeOrColorMap();
        for (const editor of get(ICodeEditorService).listCodeEditors()) {
            editor.takeLateRegistrations?.();
        }
    }
    StandaloneServices.takeLateRegistrations = takeLateRegistrations;
    function initialize(overrides) {`,
		},
	],
	check,
});

/** Each patched module's source, from Monaco's. Each throws when its code is not there exactly once. */
export const lateContributions = contributions.apply;
export const lateWidgetRegistrations = widget.apply;
export const lateServiceRegistrations = services.apply;

/** The Vite plugins that apply the three patches. */
export const monacoLateFeatures = () => [contributions.plugin(), widget.plugin(), services.plugin()];

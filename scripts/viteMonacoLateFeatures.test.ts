import { expect, test } from 'vitest';
import { monacoModuleSource } from './loadMonacoModule.test-helper';
import {
	CONTRIBUTIONS_MODULE,
	SERVICES_MODULE,
	WIDGET_MODULE,
	lateContributions,
	lateServiceRegistrations,
	lateWidgetRegistrations,
	monacoLateFeatures,
} from './viteMonacoLateFeatures.mjs';

const patches = [
	{ path: CONTRIBUTIONS_MODULE, apply: lateContributions, adds: 'addLate(contributions) {', renamed: ['saveViewState() {', 'saveState() {'] },
	{ path: WIDGET_MODULE, apply: lateWidgetRegistrations, adds: 'this.takeLateRegistrations = () => {', renamed: ['this._actions.set(internalAction.id, internalAction);', 'this._actions.set(action.id, internalAction);'] },
	{ path: SERVICES_MODULE, apply: lateServiceRegistrations, adds: 'StandaloneServices.takeLateRegistrations = takeLateRegistrations;', renamed: ['// Instantiate all editor features', '// Instantiate the editor features'] },
	{ path: SERVICES_MODULE, apply: lateServiceRegistrations, adds: 'takeLateDefaults() {', renamed: ["const section = typeof arg1 === 'string' ? arg1 : undefined;", "const section = typeof arg1 === 'string' ? arg1 : null;"] },
] as const;

test.each(patches)('$path: the installed Monaco has the code the patch changes (once), and another reading fails the build', ({ path, apply, adds, renamed }) => {
	const original = monacoModuleSource(path);
	const patched = apply(original);
	expect(original).not.toContain(adds);
	expect(patched).toContain(adds);
	expect(() => apply(original.replace(renamed[0], renamed[1]))).toThrow(/0\.57/);
});

test("the services' two loops over the registries are moved, not copied: each is in the patched module once, and initialize calls both", () => {
	const patched = lateServiceRegistrations(monacoModuleSource(SERVICES_MODULE));
	const count = (text: string) => patched.split(text).length - 1;
	expect(count('for (const [id, descriptor] of getSingletonServiceDescriptors())')).toBe(2); // the module's first read, and the function
	expect(count('instantiationService.createInstance(feature);')).toBe(1);
	const initialize = patched.slice(patched.indexOf('function initialize(overrides) {'), patched.indexOf('StandaloneServices.initialize = initialize;'));
	expect(initialize).toContain('addSingletons();');
	expect(initialize).toContain('instantiateEditorFeatures();');
	// The overrides still come between the singletons and the editor features, as in Monaco.
	expect(initialize.indexOf('addSingletons();')).toBeLessThan(initialize.indexOf('for (const serviceId in overrides)'));
	expect(initialize.indexOf('for (const serviceId in overrides)')).toBeLessThan(initialize.indexOf('instantiateEditorFeatures();'));
});

test("the widget's constructor makes its actions with the loop it keeps for later ones", () => {
	const patched = lateWidgetRegistrations(monacoModuleSource(WIDGET_MODULE));
	expect(patched.split('new InternalEditorAction(action.id').length - 1).toBe(1);
	expect(patched).toContain('addActions(registeredActions.slice(0, actionsTaken));');
});

test('each plugin reaches its own module only, before other plugins', () => {
	const plugins = monacoLateFeatures();
	expect(plugins.map((plugin) => plugin.enforce)).toEqual(['pre', 'pre', 'pre']);
	const reaches = (id: string) => plugins.filter((plugin) => plugin.transform.filter.id.test(id)).length;
	for (const path of [CONTRIBUTIONS_MODULE, WIDGET_MODULE, SERVICES_MODULE]) expect(reaches(`/p/node_modules/monaco-editor/esm/${path}`)).toBe(1);
	expect(reaches('/p/node_modules/monaco-editor/esm/vs/editor/browser/widget/codeEditor/embeddedCodeEditorWidget.js')).toBe(0);
});

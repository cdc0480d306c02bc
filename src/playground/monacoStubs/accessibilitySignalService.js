// Stand-in for Monaco's accessibility signal list (see scripts/viteMonacoStubs.mjs): the sounds and
// announcements VS Code plays for events. The standalone editor registers its own signal service,
// which plays nothing (`StandaloneAccessbilitySignalService` in standaloneServices.js); the quick fix
// and format commands only hand it these signals, so their names are all that is left to keep.
import { createDecorator } from '../../instantiation/common/instantiation.js';

export const IAccessibilitySignalService = createDecorator('accessibilitySignalService');

export class AccessibilitySignal {
	static codeActionTriggered = Object.freeze({ name: 'codeActionTriggered' });
	static codeActionApplied = Object.freeze({ name: 'codeActionApplied' });
	static format = Object.freeze({ name: 'format' });
}

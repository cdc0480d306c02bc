// Stand-in for Monaco's inline completions service (see scripts/viteMonacoStubs.mjs). Only the
// inline completions model asks for it (to snooze ghost-text suggestions), and only the inline
// completions controller creates that model; that feature is not loaded here, and the snooze
// commands run from a command palette this editor does not have. So the service is not registered;
// its identifier stays for the modules that import it.
import { createDecorator } from '../../../platform/instantiation/common/instantiation.js';

export const IInlineCompletionsService = createDecorator('IInlineCompletionsService');

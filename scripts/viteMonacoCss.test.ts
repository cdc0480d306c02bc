import { expect, test } from 'vitest';
import { monacoCssOnDemand } from './viteMonacoCss.mjs';

const transform = (code: string, id: string) =>
	(monacoCssOnDemand().transform as (code: string, id: string) => { code: string } | undefined)(code, id);
const MONACO_FILE = '/app/node_modules/monaco-editor/esm/vs/editor/contrib/hover/browser/hoverContribution.js';

test("Monaco's CSS imports become styles injected when the module runs", () => {
	const out = transform("import { a } from './a.js';\nimport './hover.css';\nexport const b = a;", MONACO_FILE);
	expect(out!.code).toBe(
		'import { addStyle } from "virtual:monaco-style";\nimport { a } from \'./a.js\';\nimport __monacoCss0 from "./hover.css?inline"; addStyle(__monacoCss0);\nexport const b = a;'
	);
});

test('other files and Monaco files without CSS are left alone', () => {
	expect(transform("import './x.css';", '/app/src/x.js')).toBeUndefined();
	expect(transform("import { a } from './a.js';", MONACO_FILE)).toBeUndefined();
});

import { describe, expect, test } from 'vitest';
import { importsOf, importViolations, type ImportRule } from './importViolations.mjs';

describe('importsOf', () => {
	test('static, type-only, side-effect, re-export and dynamic imports; Vite queries removed', () => {
		const text = [
			"import a from 'a';",
			"import type { B } from './b';",
			"import './c.css';",
			"export * from '../d';",
			"export { e } from 'e/sub';",
			"import W from './w?worker';",
			"const f = () => import('./f');",
		].join('\n');
		expect(importsOf(text)).toEqual(['a', './b', './c.css', '../d', 'e/sub', './w', './f']);
	});

	test('comments and strings are not imports', () => {
		expect(importsOf("// import x from 'x'\n/* import y from 'y' */\nconst s = \"import z from 'z'\";")).toEqual([]);
	});
});

describe('importViolations', () => {
	const rules: ImportRule[] = [
		{ name: 'core stands alone', folder: 'src/core', allowedFolders: ['src/core', 'src/base'], allowedPackages: ['zod'] },
		{ name: 'ui never imports zod nor lib', folder: 'src/ui', forbiddenPackages: ['zod'], forbiddenFolders: ['src/lib'] },
	];

	test('imports inside the allowed folders and packages pass', () => {
		const files = [
			{ path: 'src/core/a.ts', text: "import { b } from './b';\nimport { c } from '../base/c';\nimport * as z from 'zod';" },
			{ path: 'src/ui/x.ts', text: "import { a } from '../core/a';\nimport * as monaco from 'monaco-editor';" },
		];
		expect(importViolations(files, rules)).toEqual([]);
	});

	test('each kind of violation is reported with its file, import and rule', () => {
		const files = [
			{ path: 'src/core/a.ts', text: "import { x } from '../lib/x';\nimport 'zod/v3';\nimport m from 'monaco-editor';" },
			{ path: 'src/core/deep/b.ts', text: "import { y } from '../../ui/y';" },
			{ path: 'src/ui/x.ts', text: "import type * as z from 'zod/v3';\nimport { p } from '../lib/p';" },
		];
		expect(importViolations(files, rules)).toEqual([
			"src/core/a.ts: imports '../lib/x' (core stands alone)",
			"src/core/a.ts: imports 'zod/v3' (core stands alone)",
			"src/core/a.ts: imports 'monaco-editor' (core stands alone)",
			"src/core/deep/b.ts: imports '../../ui/y' (core stands alone)",
			"src/ui/x.ts: imports 'zod/v3' (ui never imports zod nor lib)",
			"src/ui/x.ts: imports '../lib/p' (ui never imports zod nor lib)",
		]);
	});

	test('a folder name that only starts like the rule folder is not under it', () => {
		const files = [
			{ path: 'src/core/a.ts', text: "import { x } from '../core-extra/x';" },
			{ path: 'src/ui/x.ts', text: '' },
		];
		expect(importViolations(files, rules)).toEqual(["src/core/a.ts: imports '../core-extra/x' (core stands alone)"]);
	});

	test('a rule that applies to no file is a violation, not a pass', () => {
		expect(importViolations([{ path: 'src/ui/x.ts', text: '' }], rules)).toEqual(['no file under src/core (core stands alone)']);
	});
});

// Stand-in for the variables of Monaco's snippets (see scripts/viteMonacoStubs.mjs): `$CLIPBOARD`,
// `$TM_FILENAME`, `$CURRENT_YEAR`… Snippets run here only to insert a suggestion, and a plain-text
// suggestion (the playground's are all plain text) is inserted with every `$` escaped, so it never
// holds a variable. These resolvers resolve nothing; a variable would stay as its placeholder.
class NoVariables {
	resolve() {
		return undefined;
	}
}

export {
	NoVariables as ClipboardBasedVariableResolver,
	NoVariables as CommentBasedVariableResolver,
	NoVariables as CompositeSnippetVariableResolver,
	NoVariables as ModelBasedVariableResolver,
	NoVariables as RandomBasedVariableResolver,
	NoVariables as SelectionBasedVariableResolver,
	NoVariables as TimeBasedVariableResolver,
	NoVariables as WorkspaceBasedVariableResolver,
};

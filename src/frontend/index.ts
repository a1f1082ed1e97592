// Public surface of the front end: compileProgram and the diagnostic type it throws.

export { compileProgram } from './compile';
export { compileModules } from './modules';
export { withCompletionPrinted, withCompletionReturned } from './print-completion';
export { KilnDiagnostic, type DiagnosticKind } from './diagnostics';
export { parseScript } from './parse';
export { checkSubset } from './subset';
export { analyzeScopes } from './scope';
export { ScopeInfo, type FunctionInfo, type Binding, type Resolution } from './scope-model';

// The front end's entry point: source text → checked, scope-resolved AST → bytecode Program.
// parse (acorn) → subset check → scope analysis → bytecode generator.

import type { Program } from '../bytecode/function';
import { generateProgram } from './codegen/generator';
import { parseScript } from './parse';
import { analyzeScopes } from './scope';
import { checkSubset } from './subset';

/** Compiles a CommonJS script; throws KilnDiagnostic when it does not parse or is unsupported. */
export function compileProgram(source: string, file: string): Program {
  const ast = parseScript(source, file);
  checkSubset(ast, file);
  const scopes = analyzeScopes(ast, file);
  return generateProgram(ast, scopes, source, file);
}

// Diagnostics of the front end: a program that does not parse (SyntaxError) or uses a feature
// outside kiln's subset (unsupported) is rejected before it runs with one `KilnDiagnostic`,
// printed as `file:line:col: kind: text` by the CLI.

export type DiagnosticKind = 'SyntaxError' | 'unsupported';

/** Minimal shape of an ESTree node that carries acorn locations. */
export interface Located {
  readonly start: number;
  readonly loc?: { readonly start: { readonly line: number; readonly column: number } } | null;
}

export class KilnDiagnostic extends Error {
  constructor(
    readonly file: string,
    readonly line: number, // 1-based
    readonly column: number, // 1-based
    readonly kind: DiagnosticKind,
    /** The message (SyntaxError) or the feature in plain words (unsupported). */
    readonly text: string,
  ) {
    super(`${kind === 'unsupported' ? 'unsupported' : 'SyntaxError'}: ${text}`);
    this.name = 'KilnDiagnostic';
  }

  format(): string {
    return `${this.file}:${this.line}:${this.column}: ${this.kind}: ${this.text}`;
  }
}

/** A diagnostic for `node`, whose acorn location is 0-based in the column. */
export function diagnosticAt(file: string, node: Located, kind: DiagnosticKind, text: string): KilnDiagnostic {
  const start = node.loc?.start;
  return new KilnDiagnostic(file, start ? start.line : 1, start ? start.column + 1 : 1, kind, text);
}

export function unsupported(file: string, node: Located, feature: string): KilnDiagnostic {
  return diagnosticAt(file, node, 'unsupported', feature);
}

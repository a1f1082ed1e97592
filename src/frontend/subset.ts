// Subset check: walks the acorn AST and rejects, before anything runs, every construct kiln
// does not support yet, naming the feature in plain words at the node's line:col.
// Second stage of the front end: parse → subset → scope analysis → bytecode generator.
// Every ESTree node type is named in a switch, so a type acorn adds later is rejected too.

import type * as acorn from 'acorn';
import { builtinCallPath, builtinConstantPath, type Node } from './ast';
import { unsupported, type KilnDiagnostic } from './diagnostics';

export function checkSubset(program: acorn.Program, file: string): void {
  new SubsetChecker(file).statements(program.body, true);
}

class SubsetChecker {
  constructor(private readonly file: string) {}

  private reject(node: Node | acorn.Node, feature: string): KilnDiagnostic {
    return unsupported(this.file, node, feature);
  }

  /** A statement list; `functionTop` when it is a program or function body. */
  statements(list: readonly (acorn.Statement | acorn.ModuleDeclaration)[], functionTop: boolean): void {
    for (const s of list) this.statement(s, functionTop);
  }

  private statement(node: acorn.Statement | acorn.ModuleDeclaration, functionTop = false): void {
    switch (node.type) {
      case 'ExpressionStatement': return this.expression(node.expression);
      case 'BlockStatement': return this.statements(node.body, false);
      case 'EmptyStatement': case 'BreakStatement': case 'ContinueStatement': return;
      case 'ReturnStatement': return this.optional(node.argument);
      case 'LabeledStatement': return this.statement(node.body);
      case 'IfStatement':
        this.expression(node.test);
        this.statement(node.consequent);
        if (node.alternate) this.statement(node.alternate);
        return;
      case 'SwitchStatement':
        this.expression(node.discriminant);
        for (const c of node.cases) {
          this.optional(c.test);
          this.statements(c.consequent, false);
        }
        return;
      case 'WhileStatement': case 'DoWhileStatement':
        this.expression(node.test);
        return this.statement(node.body);
      case 'ForStatement': return this.forStatement(node);
      case 'FunctionDeclaration':
        if (!functionTop) throw this.reject(node, 'function declaration in a block');
        return this.functionNode(node);
      case 'VariableDeclaration': return this.declaration(node);
      case 'DebuggerStatement': throw this.reject(node, 'debugger statement');
      case 'WithStatement': throw this.reject(node, 'with statement');
      case 'ThrowStatement': throw this.reject(node, 'throw statement');
      case 'TryStatement': throw this.reject(node, 'try statement');
      case 'ForInStatement': throw this.reject(node, 'for-in loop');
      case 'ForOfStatement': throw this.reject(node, node.await ? 'for-await loop' : 'for-of loop');
      case 'ClassDeclaration': throw this.reject(node, 'class');
      case 'ImportDeclaration': throw this.reject(node, 'import declaration');
      case 'ExportNamedDeclaration': case 'ExportDefaultDeclaration': case 'ExportAllDeclaration':
        throw this.reject(node, 'export declaration');
      default: throw this.unknown(node);
    }
  }

  private forStatement(node: acorn.ForStatement): void {
    if (node.init?.type === 'VariableDeclaration') this.declaration(node.init);
    else this.optional(node.init);
    this.optional(node.test);
    this.optional(node.update);
    this.statement(node.body);
  }

  private declaration(node: acorn.VariableDeclaration): void {
    if (node.kind !== 'var' && node.kind !== 'let' && node.kind !== 'const') {
      throw this.reject(node, `${node.kind} declaration`);
    }
    for (const d of node.declarations) {
      this.bindingTarget(d.id);
      this.optional(d.init);
    }
  }

  private functionNode(node: acorn.FunctionDeclaration): void {
    if (node.async) throw this.reject(node, 'async function');
    if (node.generator) throw this.reject(node, 'generator');
    const seen = new Set<string>();
    for (const p of node.params) {
      if (p.type === 'AssignmentPattern') throw this.reject(p, 'default parameter');
      if (p.type === 'RestElement') throw this.reject(p, 'rest parameter');
      this.bindingTarget(p);
      if (p.type === 'Identifier') {
        if (seen.has(p.name)) throw this.reject(p, 'duplicate parameter name');
        seen.add(p.name);
      }
    }
    this.statements(node.body.body, true);
  }

  /** A declared name or an assignment target: only plain identifiers. */
  private bindingTarget(node: acorn.Pattern): void {
    switch (node.type) {
      case 'Identifier': return;
      case 'MemberExpression': throw this.reject(node, 'member access');
      case 'ObjectPattern': case 'ArrayPattern': case 'AssignmentPattern': case 'RestElement':
        throw this.reject(node, 'destructuring');
      default: throw this.unknown(node);
    }
  }

  private optional(node: acorn.Expression | null | undefined): void {
    if (node) this.expression(node);
  }

  private expression(node: acorn.Expression | acorn.Super | acorn.PrivateIdentifier | acorn.SpreadElement): void {
    switch (node.type) {
      case 'Identifier': return;
      case 'Literal': return this.literal(node);
      case 'TemplateLiteral':
        for (const e of node.expressions) this.expression(e);
        return;
      case 'UnaryExpression':
        if (node.operator === 'delete') throw this.reject(node, 'delete');
        return this.expression(node.argument);
      case 'UpdateExpression': return this.bindingTarget(node.argument as acorn.Pattern);
      case 'BinaryExpression':
        if (node.operator === 'in') throw this.reject(node, 'in operator');
        if (node.operator === 'instanceof') throw this.reject(node, 'instanceof');
        this.expression(node.left);
        return this.expression(node.right);
      case 'LogicalExpression':
        this.expression(node.left);
        return this.expression(node.right);
      case 'AssignmentExpression':
        this.bindingTarget(node.left);
        return this.expression(node.right);
      case 'ConditionalExpression':
        this.expression(node.test);
        this.expression(node.consequent);
        return this.expression(node.alternate);
      case 'SequenceExpression':
        for (const e of node.expressions) this.expression(e);
        return;
      case 'CallExpression': return this.call(node);
      case 'MemberExpression':
        if (builtinConstantPath(node) === null) throw this.reject(node, 'member access');
        return;
      case 'ParenthesizedExpression': return this.expression(node.expression);
      case 'ThisExpression': throw this.reject(node, 'this');
      case 'ArrayExpression': throw this.reject(node, 'array literal');
      case 'ObjectExpression': throw this.reject(node, 'object literal');
      case 'FunctionExpression': throw this.reject(node, 'function expression');
      case 'ArrowFunctionExpression': throw this.reject(node, 'arrow function');
      case 'ClassExpression': throw this.reject(node, 'class');
      case 'NewExpression': throw this.reject(node, 'new expression');
      case 'YieldExpression': throw this.reject(node, 'generator');
      case 'AwaitExpression': throw this.reject(node, 'await');
      case 'TaggedTemplateExpression': throw this.reject(node, 'tagged template');
      case 'ChainExpression': throw this.reject(node, 'optional chaining');
      case 'MetaProperty': throw this.reject(node, `${node.meta.name}.${node.property.name}`);
      case 'ImportExpression': throw this.reject(node, 'dynamic import');
      case 'SpreadElement': throw this.reject(node, 'spread');
      case 'Super': throw this.reject(node, 'super');
      case 'PrivateIdentifier': throw this.reject(node, 'private field');
      default: throw this.unknown(node);
    }
  }

  private literal(node: acorn.Literal): void {
    if (node.regex) throw this.reject(node, 'regular expression');
    if (node.bigint !== undefined) throw this.reject(node, 'BigInt literal');
  }

  private call(node: acorn.CallExpression): void {
    if (node.optional) throw this.reject(node, 'optional chaining');
    const callee = node.callee;
    if (callee.type === 'MemberExpression') {
      if (builtinCallPath(callee) === null) throw this.reject(callee, 'member access');
    } else {
      this.expression(callee);
    }
    for (const a of node.arguments) this.expression(a);
  }

  private unknown(node: { type: string; start: number; loc?: acorn.SourceLocation | null }): KilnDiagnostic {
    return unsupported(this.file, node, `syntax ${node.type}`);
  }
}

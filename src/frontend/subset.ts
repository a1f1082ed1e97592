// Subset check: walks the acorn AST and rejects, before anything runs, every construct kiln
// does not support yet, naming the feature in plain words at the node's line:col.
// Second stage of the front end: parse → subset → scope analysis → bytecode generator.
// Every ESTree node type is named in a switch, so a type acorn adds later is rejected too.
// Checks that need to know what a name refers to (builtins, `this` at the top level,
// `arguments`) are made by scope analysis.

import type * as acorn from 'acorn';
import type { Node } from './ast';
import { unsupported, type KilnDiagnostic } from './diagnostics';

function mentionsArguments(node: acorn.Node): boolean {
  let found = false;
  const walk = (n: unknown): void => {
    if (found || n === null || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach(walk);
    const o = n as { type?: string; name?: string };
    if (o.type === 'Identifier' && o.name === 'arguments') found = true;
    for (const [k, v] of Object.entries(o)) if (k !== 'loc') walk(v);
  };
  walk(node);
  return found;
}

export function checkSubset(program: acorn.Program, file: string): void {
  new SubsetChecker(file).statements(program.body);
}

class SubsetChecker {
  constructor(private readonly file: string) {}

  private reject(node: Node | acorn.Node, feature: string): KilnDiagnostic {
    return unsupported(this.file, node, feature);
  }

  /** A statement list: a program, a function body, a block, a switch's cases. */
  statements(list: readonly (acorn.Statement | acorn.ModuleDeclaration)[]): void {
    for (const s of list) this.statement(s, true);
  }

  /** `inList`: the statement is in a statement list, where a function declaration may be
   *  (block-scoped); as the single statement of an `if` (sloppy Annex B) it is not supported. */
  private statement(node: acorn.Statement | acorn.ModuleDeclaration, inList = false): void {
    switch (node.type) {
      case 'ExpressionStatement': return this.expression(node.expression);
      case 'BlockStatement': return this.statements(node.body);
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
          this.statements(c.consequent);
        }
        return;
      case 'WhileStatement': case 'DoWhileStatement':
        this.expression(node.test);
        return this.statement(node.body);
      case 'ForStatement': return this.forStatement(node);
      case 'ForInStatement': case 'ForOfStatement': return this.forInOf(node);
      case 'FunctionDeclaration':
        if (!inList) throw this.reject(node, 'function declaration as the body of an if statement');
        return this.functionNode(node);
      case 'VariableDeclaration': return this.declaration(node);
      case 'DebuggerStatement': return; // no debugger is attached: nothing happens, as in node
      case 'WithStatement': // sloppy code only: acorn refuses it in strict code
        this.expression(node.object);
        return this.statement(node.body);
      case 'ThrowStatement': return this.expression(node.argument);
      case 'TryStatement':
        this.statements(node.block.body);
        if (node.handler) {
          if (node.handler.param) this.bindingPattern(node.handler.param);
          this.statements(node.handler.body.body);
        }
        if (node.finalizer) this.statements(node.finalizer.body);
        return;
      case 'ClassDeclaration': return this.classNode(node);
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

  private forInOf(node: acorn.ForInStatement | acorn.ForOfStatement): void {
    const left = node.left;
    if (left.type === 'VariableDeclaration') {
      const d = left.declarations[0];
      // `for (var x = 1 in o)` (sloppy-mode Annex B) is the only head with an initializer.
      if (d.init) throw this.reject(d, 'initializer in a for-in head');
      this.declaration(left);
    } else {
      this.assignTarget(left);
    }
    this.expression(node.right);
    this.statement(node.body);
  }

  private declaration(node: acorn.VariableDeclaration): void {
    if (node.kind !== 'var' && node.kind !== 'let' && node.kind !== 'const') {
      throw this.reject(node, `${node.kind} declaration`);
    }
    for (const d of node.declarations) {
      this.bindingPattern(d.id);
      this.optional(d.init);
    }
  }

  private functionNode(node: acorn.FunctionDeclaration | acorn.FunctionExpression | acorn.ArrowFunctionExpression): void {
    const seen = new Set<string>();
    for (const p of node.params) {
      this.bindingPattern(p);
      if (p.type === 'Identifier') {
        if (seen.has(p.name)) throw this.reject(p, 'duplicate parameter name');
        seen.add(p.name);
      }
    }
    if (node.body.type === 'BlockStatement') this.statements(node.body.body);
    else this.expression(node.body);
  }

  /** A declared name, parameter or pattern of a declaration: identifiers, object and array patterns. */
  private bindingPattern(node: acorn.Pattern): void {
    this.pattern(node, false);
  }

  /** An assignment target: a name, a property, or a pattern of those. */
  private assignTarget(node: acorn.Pattern): void {
    this.pattern(node, true);
  }

  private pattern(node: acorn.Pattern, assignment: boolean): void {
    switch (node.type) {
      case 'Identifier': return;
      case 'MemberExpression':
        if (!assignment) throw this.reject(node, 'member expression in a declaration');
        if (node.object.type === 'Super') throw this.reject(node, 'super property in a destructuring pattern');
        return this.member(node);
      case 'ObjectPattern':
        for (const p of node.properties) {
          if (p.type === 'RestElement') {
            this.pattern(p.argument, assignment);
            continue;
          }
          if (p.computed) this.expression(p.key);
          this.pattern(p.value, assignment);
        }
        return;
      case 'ArrayPattern':
        for (const e of node.elements) if (e) this.pattern(e, assignment);
        return;
      case 'RestElement': return this.pattern(node.argument, assignment);
      case 'AssignmentPattern':
        this.pattern(node.left, assignment);
        return this.expression(node.right);
      default: throw this.unknown(node);
    }
  }

  private optional(node: acorn.Expression | null | undefined): void {
    if (node) this.expression(node);
  }

  private expression(node: acorn.Expression | acorn.Super | acorn.PrivateIdentifier | acorn.SpreadElement): void {
    switch (node.type) {
      case 'Identifier': case 'ThisExpression': return;
      case 'Literal': return;
      case 'TemplateLiteral':
        for (const e of node.expressions) this.expression(e);
        return;
      case 'UnaryExpression':
        if (node.operator === 'delete') {
          const arg = node.argument;
          // `delete x` is sloppy code's (acorn refuses it in strict code); `delete f()` is true.
          const target = arg.type === 'ChainExpression' ? arg.expression : arg;
          // (The language throws a ReferenceError when it runs.)
          if (target.type === 'MemberExpression' && target.object.type === 'Super') throw this.reject(node, 'delete of a super property');
        }
        return this.expression(node.argument);
      case 'UpdateExpression':
        if (node.argument.type === 'MemberExpression' && node.argument.object.type === 'Super') throw this.reject(node, 'update of a super property');
        if (node.argument.type === 'MemberExpression') return this.member(node.argument);
        return this.assignTarget(node.argument as acorn.Pattern);
      case 'BinaryExpression':
        if (node.left.type !== 'PrivateIdentifier') this.expression(node.left); // `#x in o`
        return this.expression(node.right);
      case 'LogicalExpression':
        this.expression(node.left);
        return this.expression(node.right);
      case 'AssignmentExpression':
        if (node.left.type === 'MemberExpression' && node.left.object.type === 'Super' && ['&&=', '||=', '??='].includes(node.operator)) {
          throw this.reject(node, 'logical assignment to a super property');
        }
        if (node.left.type === 'MemberExpression') this.member(node.left);
        else this.assignTarget(node.left);
        return this.expression(node.right);
      case 'ConditionalExpression':
        this.expression(node.test);
        this.expression(node.consequent);
        return this.expression(node.alternate);
      case 'SequenceExpression':
        for (const e of node.expressions) this.expression(e);
        return;
      case 'CallExpression': return this.call(node);
      case 'NewExpression': return this.newExpression(node);
      case 'MemberExpression': return this.member(node);
      case 'ParenthesizedExpression': return this.expression(node.expression);
      case 'ArrayExpression':
        for (const e of node.elements) {
          if (e?.type === 'SpreadElement') this.expression(e.argument);
          else if (e) this.expression(e);
        }
        return;
      case 'ObjectExpression': return this.objectLiteral(node);
      case 'FunctionExpression': case 'ArrowFunctionExpression': return this.functionNode(node);
      case 'ClassExpression': return this.classNode(node);
      case 'YieldExpression': case 'AwaitExpression': return this.optional(node.argument);
      case 'TaggedTemplateExpression':
        this.expression(node.tag);
        return this.expression(node.quasi);
      case 'ChainExpression': return this.expression(node.expression);
      case 'MetaProperty':
        if (node.meta.name === 'new' && node.property.name === 'target') return;
        throw this.reject(node, `${node.meta.name}.${node.property.name}`);
      case 'ImportExpression': throw this.reject(node, 'dynamic import');
      case 'SpreadElement': throw this.reject(node, 'spread');
      case 'Super': throw this.reject(node, 'super used as a value');
      case 'PrivateIdentifier': throw this.reject(node, 'private field');
      default: throw this.unknown(node);
    }
  }

  private member(node: acorn.MemberExpression): void {
    if (node.object.type === 'Super') {
      if (node.computed) this.expression(node.property);
      return;
    }
    this.expression(node.object);
    if (node.computed) this.expression(node.property);
  }

  private objectLiteral(node: acorn.ObjectExpression): void {
    for (const p of node.properties) {
      if (p.type === 'SpreadElement') {
        this.expression(p.argument);
        continue;
      }
      if (p.computed) this.expression(p.key);
      this.expression(p.value);
    }
  }


  private call(node: acorn.CallExpression): void {
    if (node.callee.type !== 'Super') this.expression(node.callee);
    this.callArguments(node.arguments);
  }

  private newExpression(node: acorn.NewExpression): void {
    this.expression(node.callee);
    this.callArguments(node.arguments);
  }

  private classNode(node: acorn.Class): void {
    if (node.superClass) this.expression(node.superClass);
    for (const m of node.body.body) {
      switch (m.type) {
        case 'MethodDefinition':
          if (m.computed) this.expression(m.key as acorn.Expression);
          this.functionNode(m.value);
          break;
        case 'PropertyDefinition':
          if (m.computed) this.expression(m.key as acorn.Expression);
          if (m.value) {
            if (mentionsArguments(m.value)) throw this.reject(m, 'arguments in a class field');
            this.expression(m.value);
          }
          break;
        case 'StaticBlock':
          if (m.body.some(mentionsArguments)) throw this.reject(m, 'arguments in a static block');
          this.statements(m.body);
          break;
        default: throw this.unknown(m);
      }
    }
  }

  private callArguments(args: readonly (acorn.Expression | acorn.SpreadElement)[]): void {
    for (const a of args) this.expression(a.type === 'SpreadElement' ? a.argument : a);
  }

  private unknown(node: { type: string; start: number; loc?: acorn.SourceLocation | null }): KilnDiagnostic {
    return unsupported(this.file, node, `syntax ${node.type}`);
  }
}

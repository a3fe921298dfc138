// Checks every `{{path}}` a template uses against the shape of its context (context-shape.ts),
// by walking the AST of Handlebars' own parser: the same reading of the template as the one that
// renders it. Follows what changes the context — `#each` (its elements), `#with`, partials (a
// context argument, or the current context plus hash arguments), `../` (the enclosing `#each` or
// `#with`; `#if` and `#unless` keep the context, as in Handlebars 4) — and inline partials
// (`{{#*inline}}`). A path through a list, or into a leaf, is reported as well as a missing one.
import Handlebars from "handlebars";
import { type AnyShape, isList } from "./context-shape.js";

type Node = hbs.AST.Node;
type Expression = hbs.AST.Expression;
type Program = hbs.AST.Program;

export interface PathProblem {
  /** The template or partial the path is in. */
  template: string;
  line: number;
  path: string;
  message: string;
}

/** Helpers registered by render-template.ts; a call's arguments are checked, its result is free. */
const HELPERS = new Set(["upper", "lookup"]);
/** Block helpers of Handlebars that keep the context. */
const KEEPS_CONTEXT = new Set(["if", "unless"]);

interface Scope {
  template: string;
  /** Innermost context last; `../` steps back one. */
  contexts: AnyShape[];
  inline: Map<string, Program>;
}

/** Identity of a shape for the recursion guard; shapes may be cyclic (a section's sub-sections). */
const ids = new WeakMap<object, number>();
let lastId = 0;
const idOf = (s: AnyShape): string => {
  if (s === true) return "leaf";
  if (!ids.has(s)) ids.set(s, ++lastId);
  return `#${ids.get(s)}`;
};
/** A context made by a partial's hash arguments is new each time: key it by its fields' identities. */
const shapeKey = (s: AnyShape): string =>
  s === true || isList(s)
    ? idOf(s)
    : Object.entries(s)
        .map(([k, v]) => `${k}=${idOf(v)}`)
        .join(",");

export function checkTemplatePaths(
  name: string,
  source: string,
  shape: AnyShape,
  partials: ReadonlyMap<string, string> = new Map(),
): PathProblem[] {
  const problems: PathProblem[] = [];
  const parsed = new Map<string, Program>();
  const seen = new Set<string>();
  const parse = (template: string, text: string): Program => {
    const cached = parsed.get(template);
    if (cached) return cached;
    const program = Handlebars.parse(text);
    parsed.set(template, program);
    return program;
  };

  const report = (scope: Scope, node: Node, path: string, message: string): void =>
    void problems.push({ template: scope.template, line: node.loc?.start.line ?? 0, path, message });

  /** The shape a path expression points at, or undefined (reported) when it does not exist. */
  const resolve = (scope: Scope, p: hbs.AST.PathExpression): AnyShape | undefined => {
    if (p.data) return true; // @index, @first, @key …: set by Handlebars itself.
    const at = scope.contexts.length - 1 - p.depth;
    let current: AnyShape | undefined = scope.contexts[at];
    if (current === undefined) return void report(scope, p, p.original, "`../` goes above the template's context");
    for (const part of p.parts) {
      if (current === true || isList(current) || !Object.hasOwn(current, part)) {
        const what = current === true ? "is text, not an object" : isList(current) ? "is a list (use #each)" : "is not in the context";
        return void report(scope, p, p.original, `"${part}" ${what}`);
      }
      current = current[part];
    }
    return current;
  };

  const expression = (scope: Scope, e: Expression): AnyShape | undefined => {
    if (e.type === "PathExpression") return resolve(scope, e as hbs.AST.PathExpression);
    if (e.type === "SubExpression") return call(scope, e as hbs.AST.SubExpression);
    return true; // literals
  };

  /** A mustache or sub-expression: a helper call, or a plain path. */
  const call = (scope: Scope, node: hbs.AST.MustacheStatement | hbs.AST.SubExpression): AnyShape | undefined => {
    const path = node.path as hbs.AST.PathExpression;
    const isHelper = path.type === "PathExpression" && HELPERS.has(path.original) && (node.params.length > 0 || node.hash);
    if (!isHelper) return expression(scope, node.path as Expression);
    for (const p of node.params) expression(scope, p);
    for (const pair of node.hash?.pairs ?? []) expression(scope, pair.value);
    return true;
  };

  const block = (scope: Scope, b: hbs.AST.BlockStatement): void => {
    const helper = (b.path as hbs.AST.PathExpression).original;
    const arg = b.params[0] ? expression(scope, b.params[0]) : undefined;
    let inner = scope;
    if (helper === "each" && arg !== undefined) {
      if (!isList(arg)) report(scope, b, "#each", "#each over something that is not a list");
      else inner = { ...scope, contexts: [...scope.contexts, arg.each] };
    } else if (helper === "with" && arg !== undefined) inner = { ...scope, contexts: [...scope.contexts, arg] };
    else if (!KEEPS_CONTEXT.has(helper) && helper !== "each" && helper !== "with")
      report(scope, b, helper, `unknown block helper #${helper}`);
    if (b.program) program(inner, b.program);
    if (b.inverse) program(scope, b.inverse);
  };

  const partial = (scope: Scope, s: hbs.AST.PartialStatement): void => {
    const name = (s.name as hbs.AST.PathExpression).original;
    let context = s.params[0] ? expression(scope, s.params[0]) : scope.contexts[scope.contexts.length - 1];
    if (context === undefined) return;
    if (s.hash) {
      const base = typeof context === "object" && !isList(context) ? context : {};
      const extra = Object.fromEntries(s.hash.pairs.map((pair) => [pair.key, expression(scope, pair.value) ?? true]));
      context = { ...base, ...extra };
    }
    const inline = scope.inline.get(name);
    const source = partials.get(name);
    if (!inline && source === undefined) {
      report(scope, s, name, `unknown partial "${name}"`);
      return;
    }
    // A recursive partial (sections) meets the same shape again: check each pairing once.
    const key = `${name}\u0000${shapeKey(context)}`;
    if (seen.has(key)) return;
    seen.add(key);
    if (inline) program({ ...scope, contexts: [context] }, inline);
    else program({ template: name, contexts: [context], inline: new Map() }, parse(name, source as string));
  };

  const statement = (scope: Scope, n: hbs.AST.Statement): void => {
    switch (n.type) {
      case "MustacheStatement":
        call(scope, n as hbs.AST.MustacheStatement);
        return;
      case "BlockStatement":
        block(scope, n as hbs.AST.BlockStatement);
        return;
      case "PartialStatement":
        partial(scope, n as hbs.AST.PartialStatement);
        return;
      case "DecoratorBlock": {
        const d = n as unknown as hbs.AST.BlockStatement;
        const inlineName = (d.params[0] as hbs.AST.StringLiteral | undefined)?.value;
        if (inlineName !== undefined) scope.inline.set(inlineName, d.program);
        return;
      }
      default:
        return; // text and comments
    }
  };

  const program = (scope: Scope, p: Program): void => {
    // Inline partials are registered before the statements that use them run.
    for (const n of p.body) if (n.type === "DecoratorBlock") statement(scope, n);
    for (const n of p.body) if (n.type !== "DecoratorBlock") statement(scope, n);
  };

  program({ template: name, contexts: [shape], inline: new Map() }, parse(name, source));
  return problems;
}

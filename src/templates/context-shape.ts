// Typed template contexts: how a renamed field fails the build instead of an official document.
//
// Each template's context is a TypeScript interface (PlanContext in src/compose/plan-context.ts,
// ReportContext in src/report/report-template-context.ts). Next to it lives a *shape*: a plain
// value that spells out every field of the interface, typed `Shape<Interface>`. `Shape<T>`
// requires every key of T and, on an object literal, rejects any other key, so the shape and the
// interface cannot drift apart: renaming a field in the interface without the shape (or the
// reverse) is a `tsc` error. The shape is what survives to run time, where TypeScript types do
// not: `checkTemplatePaths` (check-template-paths.ts) parses each .hbs with Handlebars' own parser
// and looks up every `{{path}}` it uses in the shape, so a template using a field the interface
// does not have fails its test (test/templates/context-paths.test.ts) — for every branch of the
// template, not only the ones a sample document happens to reach, as strict mode would.

/** A leaf the template may print or test: text, a number, a flag, or a nullable one of those. */
export type Leaf = true;

/** The fields of a list's elements. */
export interface ListShape<E> {
  each: E;
}

type Scalar = string | number | boolean | null | undefined;

/** The run-time picture of `T`: `true` for scalars, `{ each }` for arrays, nested objects. */
export type Shape<T> = [NonNullable<T>] extends [Scalar]
  ? Leaf
  : NonNullable<T> extends readonly (infer E)[]
    ? ListShape<Shape<E>>
    : { [K in keyof NonNullable<T>]-?: Shape<NonNullable<T>[K]> };

/** Any shape, for the checker that walks them without knowing the interface. */
export type AnyShape = Leaf | ListShape<AnyShape> | { [field: string]: AnyShape };

export function isList(s: AnyShape): s is ListShape<AnyShape> {
  return typeof s === "object" && Object.keys(s).length === 1 && Object.hasOwn(s, "each");
}

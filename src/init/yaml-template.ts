// The YAML files of a new repository (cai-cach.config.yaml, the first plan, the first log) are
// made by the yaml library, never by pasting text into YAML: a template in templates/init/ is a
// valid YAML file whose values (and comments) may hold ${name} placeholders; it is parsed, each
// placeholder is filled in the parsed VALUES, and the library writes the document back, quoting
// and escaping as YAML needs. An agency named `Sở A: "B" # C` stays one string; a value that
// is a whole placeholder (year: ${year}) takes the value's own type (a number stays a number).

import { isMap, isSeq, parseDocument, visit, type Document, type Node } from "yaml";
import { readScaffold } from "./render-scaffold.js";

export type TemplateValues = ReadonlyMap<string, string | number>;

const PLACEHOLDER = /\$\{(\w+)\}/g;
const WHOLE = /^\$\{(\w+)\}$/;

function placeholderValue(values: TemplateValues, name: string): string | number {
  const v = values.get(name);
  // A placeholder without a value is a bug of the template, not of the clerk's input.
  if (v === undefined) throw new Error(`templates/init: no value for \${${name}}`);
  return v;
}

const fill = (text: string, values: TemplateValues): string =>
  text.replace(PLACEHOLDER, (_, name: string) => String(placeholderValue(values, name)));

/** Comments are one line each: a line break in a value must not end the comment (and start a key). */
const fillComment = (text: string | null | undefined, values: TemplateValues): string | undefined =>
  text == null ? undefined : fill(text, new Map([...values].map(([k, v]) => [k, String(v).replace(/[\r\n\u2028\u2029]+/g, " ")])));

export interface YamlTemplateOptions {
  /** Paths to remove (an optional block whose value is empty, e.g. ["issuer", "parent"]). */
  drop?: readonly (readonly (string | number)[])[];
}

/** templates/init/<name> with every placeholder filled, written by the yaml library. */
export function fillYamlTemplate(name: string, values: TemplateValues, opts: YamlTemplateOptions = {}): string {
  const doc = parseDocument(readScaffold(name));
  if (doc.errors.length) throw new Error(`templates/init/${name}: ${doc.errors[0]!.message}`);
  for (const path of opts.drop ?? []) doc.deleteIn(path);
  doc.commentBefore = fillComment(doc.commentBefore, values) ?? null;
  doc.comment = fillComment(doc.comment, values) ?? null;
  visit(doc, (_key, node) => {
    const n = node as Node & { commentBefore?: string | null; comment?: string | null; value?: unknown };
    if (n.commentBefore) n.commentBefore = fillComment(n.commentBefore, values);
    if (n.comment) n.comment = fillComment(n.comment, values);
    if (isMap(n) || isSeq(n) || typeof n.value !== "string") return;
    const whole = WHOLE.exec(n.value);
    n.value = whole ? placeholderValue(values, whole[1]!) : fill(n.value, values);
  });
  return toText(doc);
}

function toText(doc: Document): string {
  // lineWidth 0: long Vietnamese sentences stay on one line, as a clerk would type them.
  return doc.toString({ lineWidth: 0, flowCollectionPadding: true });
}

// A validator precompiled from a schema (scripts/build-validators.mjs writes them, ajv's
// standalone code) turned into diagnostics: no schema is compiled at run time.
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { type SchemaError, schemaDiagnostics } from "./schema-errors.js";
import type { SchemaKind } from "./schema-kinds.js";

/** The shape of ajv's standalone output. */
export type GeneratedValidator = { (data: unknown): boolean; errors?: unknown[] | null };

/** Diagnostics for `data` (none when valid), worded for the kind of file. */
export function schemaValidator(generated: unknown, kind: SchemaKind): (data: unknown) => Diagnostic[] {
  const validate = generated as GeneratedValidator;
  return (data) => (validate(data) ? [] : schemaDiagnostics((validate.errors ?? []) as SchemaError[], data, kind));
}

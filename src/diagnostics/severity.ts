// The levels of a diagnostic, apart from the Diagnostic type so that the code registry and the
// type can both name them without importing each other.
export type Severity = "error" | "warning";

/** A level the project's config may give a code: a severity, or "off" to drop it. */
export type RuleSeverity = Severity | "off";

// The schema (schemas/activity-log.schema.json) as plain code: a yes/no answer in one pass
// without compiling the schema, for the common case of a valid log. Only when it says no does
// the loader run ajv for the detailed, positioned diagnostics. Tests check it agrees with ajv.
// Negative quantities and impossible dates pass here on purpose: the log rules report them
// with their own codes (log/negative-quantity, log/date-invalid).

const ID = /^[a-z0-9][a-z0-9-]*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ENTRY_KEYS = new Set(["date", "items", "unit", "summary", "quantities", "participants", "reach", "cost", "evidence", "note"]);
const FILE_KEYS = new Set(["sample", "year", "unit", "entries"]);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isCount = (v: unknown): boolean => Number.isInteger(v) && (v as number) >= 0;

export function validateFast(raw: unknown): boolean {
  if (!isObject(raw)) return false;
  for (const k in raw) if (!FILE_KEYS.has(k)) return false;
  if (raw.sample !== undefined && typeof raw.sample !== "boolean") return false;
  if (raw.year !== undefined && !(Number.isInteger(raw.year) && (raw.year as number) >= 2000 && (raw.year as number) <= 2100)) return false;
  if (raw.unit !== undefined && !(typeof raw.unit === "string" && ID.test(raw.unit))) return false;
  if (!Array.isArray(raw.entries)) return false;
  for (const e of raw.entries) if (!validEntry(e)) return false;
  return true;
}

function validEntry(e: unknown): boolean {
  if (!isObject(e)) return false;
  for (const k in e) if (!ENTRY_KEYS.has(k)) return false;
  if (typeof e.date !== "string" || !DATE.test(e.date)) return false;
  if (!Array.isArray(e.items) || e.items.length === 0) return false;
  for (const id of e.items) if (typeof id !== "string" || !ID.test(id)) return false;
  if (e.unit !== undefined && !(typeof e.unit === "string" && ID.test(e.unit))) return false;
  if (typeof e.summary !== "string" || e.summary.length === 0) return false;
  if (e.quantities !== undefined) {
    if (!Array.isArray(e.quantities)) return false;
    for (const q of e.quantities) {
      if (!isObject(q)) return false;
      for (const k in q) if (k !== "value" && k !== "measure") return false;
      if (typeof q.value !== "number" || !Number.isFinite(q.value)) return false;
      if (typeof q.measure !== "string" || q.measure.length === 0) return false;
    }
  }
  if (e.participants !== undefined && !isCount(e.participants)) return false;
  if (e.reach !== undefined && !isCount(e.reach)) return false;
  if (e.cost !== undefined && !(typeof e.cost === "number" && Number.isFinite(e.cost) && e.cost >= 0)) return false;
  if (e.evidence !== undefined && !(typeof e.evidence === "string" && e.evidence.length > 0)) return false;
  if (e.note !== undefined && typeof e.note !== "string") return false;
  return true;
}

// What the recogniser found besides the plan: places to review (written as "# kiểm tra:"
// comments next to the value in the YAML) and problems of the source (diagnostics pointing at
// its paragraph or line). Reviews are attached to the plan's own objects, not to pointers,
// because sections are still rearranged after they are found.
import type { Code } from "../../diagnostics/codes.js";
import type { Where } from "../entries.js";

export interface Problem {
  code: Code;
  severity: "error" | "warning";
  at?: Where;
  message: string;
  hint: string;
}

export class Findings {
  /** object → key (or "" for the object itself) → notes. */
  private readonly notes = new Map<object, Map<string, string[]>>();
  readonly problems: Problem[] = [];

  review(target: object, key: string, note: string): void {
    const byKey = this.notes.get(target) ?? new Map<string, string[]>();
    byKey.set(key, [...(byKey.get(key) ?? []), note]);
    this.notes.set(target, byKey);
  }

  reviewsOf(target: object): ReadonlyMap<string, string[]> | undefined {
    return this.notes.get(target);
  }

  problem(p: Problem): void {
    this.problems.push(p);
  }

  get reviewCount(): number {
    let n = 0;
    for (const byKey of this.notes.values()) for (const list of byKey.values()) n += list.length;
    return n;
  }
}

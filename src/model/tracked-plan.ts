// What reports call "the plan": a stand-alone plan, or the plan a Quyết định issues as its
// attachment (its items are the decision's body; its trích yếu is the attachment's title).
import type { Plan } from "./plan.js";

/** The title of the plan whose items are tracked. */
export const trackedTitle = (plan: Plan): string => plan.decision?.attachment.title ?? plan.title;

/** True when the plan is issued by a Quyết định (cited as "Kế hoạch ban hành kèm theo Quyết định số …"). */
export const issuedByDecision = (plan: Plan): boolean => plan.decision !== undefined;

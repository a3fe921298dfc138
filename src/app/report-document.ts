// The Báo cáo as a document tree (templates/bao-cao.hbs). A module of its own so that a report
// written only as data (json, csv, md) never loads the composer, the layout and its font library.
import type { Result } from "../diagnostics/diagnostic.js";
import { composeDocument } from "../compose/compose-document.js";
import type { DocumentTree } from "../compose/tree.js";
import { reportContext, reportDate, reportTitle } from "../report/report-context.js";
import type { ReportInputs } from "./report.js";

export function composeReport(r: ReportInputs): Result<DocumentTree> {
  return composeDocument("bao-cao", reportContext(r.plan, r.data, r.notes, r.config, r.provisional), {
    projectRoot: r.root,
    meta: {
      title: `Báo cáo: ${reportTitle(r.plan, r.data)}`,
      subject: reportTitle(r.plan, r.data),
      author: r.plan.issuer.name,
      date: reportDate(r.data, r.notes),
    },
  });
}

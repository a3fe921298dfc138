// Commander's own words, in Vietnamese and in the shape of every other message: a usage mistake
// (unknown option or command, a missing argument or option value, too many arguments) becomes a
// `cli/usage` diagnostic (exit 2) instead of commander's English "error: …" line; its help
// headings ("Usage:", "Options:"…) are translated through the Help class's style hooks.
import type { CommanderError, HelpConfiguration } from "commander";
import type { Diagnostic } from "../diagnostics/diagnostic.js";

/** The quoted names in commander's message, in order ('--bogus', 'render'…). */
const quoted = (message: string): string[] => [...message.matchAll(/'([^']*)'/g)].map((m) => m[1] ?? "");

/** Commander's "(Did you mean X?)" / "(Did you mean one of X, Y?)" as a list. */
function suggestionsIn(message: string): string[] {
  const m = /Did you mean (?:one of )?(.+?)\?\)/.exec(message);
  return m ? m[1]!.split(", ").map((s) => s.trim()) : [];
}

function sentence(err: CommanderError): string | undefined {
  const [first = "", second = ""] = quoted(err.message);
  switch (err.code) {
    case "commander.unknownOption":
      return `Không có tùy chọn "${first}".`;
    case "commander.unknownCommand":
      return `Không có lệnh "${first}".`;
    case "commander.missingArgument":
      return `Thiếu tham số bắt buộc "${first}".`;
    case "commander.optionMissingArgument":
      return `Tùy chọn "${first}" cần một giá trị đi kèm.`;
    case "commander.missingMandatoryOptionValue":
      return `Thiếu tùy chọn bắt buộc "${first}".`;
    case "commander.conflictingOption":
      return `Không dùng được "${first}" cùng với "${second}".`;
    case "commander.excessArguments": {
      const counts = /Expected (\d+) argument.* got (\d+)/.exec(err.message);
      const of = first ? ` cho lệnh "${first}"` : "";
      return counts ? `Thừa tham số${of}: cần ${counts[1]}, nhận ${counts[2]}.` : `Thừa tham số${of}.`;
    }
    case "commander.invalidArgument":
      return `Giá trị "${first}" không hợp lệ.`;
    default:
      return undefined;
  }
}

/** A usage mistake as a diagnostic; undefined for --help, --version and help shown on error. */
export function usageDiagnostic(err: CommanderError): Diagnostic | undefined {
  const message = sentence(err);
  if (message === undefined) return undefined;
  const suggestions = suggestionsIn(err.message);
  return {
    code: "cli/usage",
    severity: "error",
    message,
    hint: [
      suggestions.length ? `Có phải là ${suggestions.map((s) => `"${s}"`).join(" hoặc ")}?` : "",
      "Xem các lệnh và tùy chọn: cai-cach --help, hoặc cai-cach <lệnh> --help.",
    ]
      .filter(Boolean)
      .join(" "),
    ...(suggestions.length ? { suggestions } : {}),
  };
}

const TITLES = new Map([
  ["Usage:", "Cách dùng:"],
  ["Options:", "Tùy chọn:"],
  ["Global Options:", "Tùy chọn chung:"],
  ["Arguments:", "Tham số:"],
  ["Commands:", "Lệnh:"],
]);

const words = (s: string): string => s.replace(/\[options\]/g, "[tùy-chọn]").replace(/\[command\]/g, "[lệnh]");

/** Help in Vietnamese: headings, "[options]", "(default: …)". Inherited by every subcommand. */
export const VIETNAMESE_HELP: HelpConfiguration = {
  styleTitle: (s) => TITLES.get(s) ?? s,
  styleUsage: words,
  styleSubcommandTerm: words,
  styleOptionDescription: (s) => s.replace(/\(default: /g, "(mặc định: ").replace(/\(choices: /g, "(chọn một trong: "),
  styleArgumentDescription: (s) => s.replace(/\(default: /g, "(mặc định: "),
};

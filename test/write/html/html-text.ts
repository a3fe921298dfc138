// The text of the HTML writer's pages read back from the markup (no browser): one line per
// <text> element, tags stripped, entities decoded. Pages are the <section class="page">s.
const ENTITY: ReadonlyMap<string, string> = new Map([
  ["&amp;", "&"],
  ["&lt;", "<"],
  ["&gt;", ">"],
  ["&quot;", '"'],
  ["&#39;", "'"],
]);

const decode = (s: string): string => s.replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITY.get(e) ?? e);

export function htmlPageTexts(html: string): string[] {
  return html
    .split('<section class="page"')
    .slice(1)
    .map((page) => [...page.matchAll(/<text\b[^>]*>(.*?)<\/text>/g)].map((m) => decode(m[1].replace(/<[^>]+>/g, ""))).join("\n"));
}

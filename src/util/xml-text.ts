// Characters XML 1.0 cannot hold: C0 controls other than tab and line breaks, U+FFFE, U+FFFF and
// lone surrogates. A DOCX whose text holds one does not open in Word or LibreOffice, so input
// text holding one is refused (text/xml-illegal) wherever it could reach a document.
export const XML_ILLEGAL =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u;

export const hasXmlIllegal = (text: string): boolean => XML_ILLEGAL.test(text);

const XML_ILLEGAL_ALL = new RegExp(XML_ILLEGAL.source, "gu");

/**
 * The last guard before a DOCX: each such character becomes U+FFFD "�", visible in the document,
 * so the file always opens. `check` reports them at their line (text/xml-illegal); this only
 * matters for text that reached a document anyway (a log summary in a report).
 */
export const replaceXmlIllegal = (text: string): string => (XML_ILLEGAL.test(text) ? text.replace(XML_ILLEGAL_ALL, "\uFFFD") : text);

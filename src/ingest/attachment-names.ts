/** A file a page links or names as its attachment: "附件：…年度报告.pdf", a bare "…年报.docx". */
const ATTACHMENT = /[^\s:：，,；;、（）()"“”'<>|]+\.(?:pdf|docx?|wps)(?![a-z])/gi;

/**
 * The attachment files a page names (a saved web page whose report is in a PDF, DOCX or DOC
 * attachment shows only the title and the file's name), in the order they appear.
 */
export function attachmentNames(text: string): string[] {
  return [...new Set(text.match(ATTACHMENT) ?? [])];
}

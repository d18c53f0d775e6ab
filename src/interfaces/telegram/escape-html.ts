const TEXT_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTR_ENTITIES: Record<string, string> = { ...TEXT_ENTITIES, '"': '&quot;' };

/** Text for Telegram's HTML parse mode: the three characters its parser treats as markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>]/g, (c) => TEXT_ENTITIES[c] ?? c);
}

/** An attribute value (always written in double quotes, so " must be escaped too). */
export function escapeAttr(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ATTR_ENTITIES[c] ?? c);
}

// The Markdown subset Teams supports in a TextBlock (bold, italic, links, lists, paragraphs), as HTML.
// render.mjs uses it under jsdom; screenshot.mjs sends the same functions into Chromium (they are
// self-contained: each one's source is copied into the page, so they may call only each other).

export function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function inlineMarkdown(text) {
  return escapeHtml(text)
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, title, url) => `<a href="${url}">${title}</a>`)
    .replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>")
    .replace(/(^|[^\w])_(.+?)_(?!\w)/g, "$1<em>$2</em>")
    .replace(/(^|[^*])\*([^*]+?)\*(?!\*)/g, "$1<em>$2</em>");
}

/// Paragraphs split on blank lines; `- ` / `* ` lines make a bulleted list, `1. ` lines a numbered one.
export function markdownToHtml(text) {
  const html = [];
  for (const paragraph of text.replace(/\r\n?/g, "\n").split(/\n{2,}/)) {
    const lines = paragraph.split("\n").filter((line) => line.trim() !== "");
    if (lines.length === 0) continue;
    if (lines.every((line) => /^\s*[-*] /.test(line))) {
      html.push(`<ul>${lines.map((l) => `<li>${inlineMarkdown(l.replace(/^\s*[-*] /, ""))}</li>`).join("")}</ul>`);
    } else if (lines.every((line) => /^\s*\d+\. /.test(line))) {
      html.push(`<ol>${lines.map((l) => `<li>${inlineMarkdown(l.replace(/^\s*\d+\. /, ""))}</li>`).join("")}</ol>`);
    } else {
      html.push(`<p>${lines.map(inlineMarkdown).join("<br>")}</p>`);
    }
  }
  return html.join("");
}

/// As Teams shows a TextBlock of a card whose `msteams.entities` mention people: each entity's exact
/// `<at>Name</at>` becomes the name, highlighted and never read as Markdown; the rest is Markdown.
/// A `<at>` that matches no entity stays as it is written.
export function markdownWithMentions(text, mentions) {
  const names = [];
  let marked = text;
  for (const mention of mentions) {
    if (typeof mention?.text !== "string" || mention.text === "" || !marked.includes(mention.text)) continue;
    const name = mention.text.replace(/^<at>/, "").replace(/<\/at>$/, "");
    marked = marked.split(mention.text).join(`\u0001${names.length}\u0002`);
    names.push(name);
  }
  return markdownToHtml(marked).replace(/\u0001(\d+)\u0002/g,
    (_, i) => `<span class="teams-mention">${escapeHtml(names[Number(i)])}</span>`);
}

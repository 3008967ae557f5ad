/** The plain text of a note's serialized Lexical state: what a reader sees, for search. */
export function noteText(content: string): string {
  if (content === '') return '';
  const parts: string[] = [];
  const visit = (node: Record<string, unknown>) => {
    const type = node['type'];
    if (type === 'text' && typeof node['text'] === 'string') parts.push(node['text']);
    else if (type === 'linebreak') parts.push('\n');
    else if ((type === 'passage-quote' || type === 'passage-citation') && typeof node['exact'] === 'string') parts.push(` ${node['exact']} `);
    else if (type === 'event-citation' && typeof node['title'] === 'string') parts.push(` ${node['title']} `);
    const children = node['children'];
    if (Array.isArray(children)) {
      for (const child of children) visit(child as Record<string, unknown>);
      if (type !== 'root' && node['type'] !== 'text') parts.push('\n');
    }
  };
  visit((JSON.parse(content) as { root: Record<string, unknown> }).root);
  return parts.join('').replace(/\n{3,}/g, '\n\n').trim();
}

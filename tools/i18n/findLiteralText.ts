import ts from 'typescript';

/**
 * Finds text a user would read that is written into JSX instead of coming from the catalogs:
 * text between tags, string children (`{'Save'}`), and string or template values of the attributes
 * that name or describe a control (aria-label, title, placeholder…). Proper names that are never
 * translated (the app's name) are allowed by the caller.
 */
export interface LiteralText {
  readonly line: number;
  readonly text: string;
}

const TEXT_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label', 'aria-description', 'aria-roledescription', 'aria-valuetext']);
const LETTER = /\p{L}/u;
const TOKEN_ATTRIBUTES = /^(className|class|rel|sandbox|accept|autoComplete|aria-keyshortcuts|aria-(describedby|labelledby|controls|owns)|data-.*)$/;
// Template attributes such as title={`Alt+${n}`} name keys, not words: two letters in a row is a word.
const WORD = /\p{L}{2,}/u;

export function findLiteralText(fileName: string, source: string, allowed: ReadonlySet<string> = new Set()): LiteralText[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: LiteralText[] = [];
  const report = (node: ts.Node, text: string) => {
    const trimmed = text.replace(/\s+/g, ' ').trim();
    if (allowed.has(trimmed)) return;
    found.push({ line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1, text: trimmed });
  };
  // The strings an expression can evaluate to, through conditions, `&&`/`??` and concatenation:
  // `{done ? 'Saved' : 'Saving…'}` shows words as surely as text between tags does.
  const shownStrings = (e: ts.Expression): void => {
    if ((ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) && LETTER.test(e.text)) report(e, e.text);
    else if (ts.isTemplateExpression(e)) {
      const fixed = [e.head.text, ...e.templateSpans.map((s) => s.literal.text)].join(' ');
      if (WORD.test(fixed.replace(/\b(Alt|Ctrl|Shift|Cmd)\b/g, ''))) report(e, e.getText(file));
    } else if (ts.isParenthesizedExpression(e)) shownStrings(e.expression);
    else if (ts.isConditionalExpression(e)) {
      shownStrings(e.whenTrue);
      shownStrings(e.whenFalse);
    } else if (ts.isBinaryExpression(e) && [ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.PlusToken].includes(e.operatorToken.kind)) {
      shownStrings(e.right);
      if (e.operatorToken.kind !== ts.SyntaxKind.AmpersandAmpersandToken) shownStrings(e.left);
    }
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && LETTER.test(node.text)) report(node, node.text);
    if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) shownStrings(node.expression);
    // A component's own props (all="All actors") carry words too: any value with a space in it is
    // a phrase, except in the attributes that hold lists of tokens.
    if (ts.isJsxAttribute(node) && !TEXT_ATTRIBUTES.has(node.name.getText(file)) && !TOKEN_ATTRIBUTES.test(node.name.getText(file)) && node.initializer) {
      const init = node.initializer;
      const e = ts.isJsxExpression(init) ? init.expression : init;
      if (e && (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) && /\p{L}+ \p{L}+/u.test(e.text)) report(e, e.text);
    }
    if (ts.isJsxAttribute(node) && TEXT_ATTRIBUTES.has(node.name.getText(file)) && node.initializer) {
      const init = node.initializer;
      const e = ts.isJsxExpression(init) ? init.expression : init;
      if (e) shownStrings(e);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

// A Vite/Rolldown plugin that squeezes the whitespace out of Lit's css`` and html`` template literals
// (bundlers leave template text alone). Conservative: only whitespace runs, CSS comments, leading zeros and
// quotes around identifier attribute values change, never text inside <pre>/<textarea> (we have none) or a ${}
// expression. Templates nest (html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>`): each static part of a
// template, before and after every ${} expression, is minified, and so is every template inside an expression.

import MagicString from 'magic-string';

const TAG = /\b(html|svg|css)`/g;

function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    // 0.5em -> .5em; [role='tab'] -> [role=tab] (a value that is an identifier needs no quotes).
    .replace(/([\s:(,])0\.(\d)/g, '$1.$2')
    .replace(/\[([\w-]+)='([a-zA-Z][\w-]*)'\]/g, '[$1=$2]')
    .trim();
}

// Elements laid out inline: a space between two of them shows (and is part of an accessible name).
const INLINE = /^(a|abbr|b|bdi|br|button|code|em|i|img|input|label|select|small|span|strong|sub|sup|time)$/;
const inlineEnd = (tag) => INLINE.test(tag.match(/^<\/([\w-]+)/)?.[1] ?? (/^<(img|input|br)\b/.exec(tag)?.[1] || ''));
const inlineStart = (tag) => INLINE.test(tag.match(/^<([\w-]+)/)?.[1] ?? '');
// An opening or closing tag whose element may be laid out inline (a <slot>'s or a custom element's content may be).
const inlineTag = (tag) => /^<\/?(slot|\w+-[\w-]*)\b/.test(tag) || INLINE.test(tag.match(/^<\/?([\w-]+)/)?.[1] ?? '');

function minifyHtml(text) {
  // Whitespace runs that include a newline become one space; none between tags, unless both are inline
  // (</span> <span>: the space shows). None either between an expression (\0) and a tag that is not inline
  // (<div>\n  ${x}\n</div>: at a block's edge a space never shows); two expressions keep theirs (what they render
  // is not known here).
  return text
    .replace(/(<[^<>]*>)\s*\n\s*(?=(<[\w/][^\s>]*))/g, (m, end, start) => (inlineEnd(end) && inlineStart(start) ? end + ' ' : end))
    .replace(/(<[^<>]*>)\s*\n\s*(?=\0)/g, (m, tag) => (inlineTag(tag) ? tag + ' ' : tag))
    .replace(/\0\s*\n\s*(?=(<\/?[\w-]+))/g, (m, tag) => (inlineTag(tag) ? '\0 ' : '\0'))
    .replace(/\s*\n\s*/g, ' ');
}

/**
 * Reads the template literal whose opening backtick is at `start` (tagged `tag`, or untagged): pushes an edit
 * ([start, end, new text] in `code`) for each of its static parts that minifies to something else, and one for
 * each such part of the templates inside its expressions (which are otherwise left as they are). Returns
 * [the index after its closing backtick, whether it has an expression].
 */
function template(code, start, tag, edits) {
  let i = start + 1;
  const parts = [''];
  // Where each static part starts in `code` (it ends where its ${ or the closing backtick is).
  const starts = [i];
  const ends = [];
  for (;;) {
    const c = code[i];
    if (c === undefined) throw new Error('minify-literals: unterminated template literal');
    if (c === '\\') {
      parts[parts.length - 1] += c + code[i + 1];
      i += 2;
    } else if (c === '`') {
      ends.push(i);
      if (tag === 'html' || tag === 'svg') {
        // The static parts are minified as one text (a tag may hold an expression), then cut again.
        const out = minifyHtml(parts.join('\0')).split('\0');
        if (out.length !== parts.length) throw new Error('minify-literals: lost a ${} expression');
        out.forEach((p, k) => p !== parts[k] && edits.push([starts[k], ends[k], p]));
      }
      return [i + 1, parts.length > 1];
    } else if (c === '$' && code[i + 1] === '{') {
      ends.push(i);
      i = expression(code, i + 2, edits);
      parts.push('');
      starts.push(i);
    } else {
      parts[parts.length - 1] += c;
      i++;
    }
  }
}

/** Reads a ${} expression from `start` to its closing brace (templates inside it give their edits): the index after the brace. */
function expression(code, start, edits) {
  let i = start;
  let depth = 0;
  for (;;) {
    const c = code[i];
    if (c === undefined) throw new Error('minify-literals: unterminated ${} expression');
    if (c === '}' && depth === 0) return i + 1;
    if (c === '{') depth++;
    else if (c === '}') depth--;
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (code[j] !== c) j += code[j] === '\\' ? 2 : 1;
      i = j + 1;
    } else if (c === '`') {
      const m = /\b(html|svg|css)$/.exec(code.slice(Math.max(0, i - 4), i));
      [i] = template(code, i, m?.[1], edits);
    } else if (c === '/' && (code[i + 1] === '/' || code[i + 1] === '*')) {
      throw new Error('minify-literals: a comment inside a ${} expression');
    } else {
      i++;
    }
  }
}

export function minifyLiterals() {
  return {
    name: 'plenary-minify-literals',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      // Every change is an edit of `code`, so the source map keeps code outside the templates, ${} expressions
      // included, on its own line and column.
      const edits = [];
      for (TAG.lastIndex = 0; ; ) {
        const m = TAG.exec(code);
        if (!m) break;
        const tick = m.index + m[1].length;
        const mine = [];
        const [end, hasExpression] = template(code, tick, m[1], mine);
        if (m[1] !== 'css') edits.push(...mine);
        // css`` with an expression stays as written (its parts are not whole rules).
        else if (!hasExpression) {
          const css = minifyCss(code.slice(tick + 1, end - 1));
          if (css !== code.slice(tick + 1, end - 1)) edits.push([tick + 1, end - 1, css]);
        }
        TAG.lastIndex = end;
      }
      if (!edits.length) return null;
      const s = new MagicString(code);
      // A part that changed had text to change (minifying makes nothing out of nothing).
      for (const [start, end, text] of edits) {
        if (text) s.overwrite(start, end, text);
        else s.remove(start, end);
      }
      return { code: s.toString(), map: s.generateMap({ source: id, hires: true, includeContent: true }) };
    },
  };
}

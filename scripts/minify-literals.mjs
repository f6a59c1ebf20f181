// A Vite/Rolldown plugin that squeezes the whitespace out of Lit's css`` and html`` template literals
// (bundlers leave template text alone). Conservative: only whitespace runs, CSS comments, leading zeros and
// quotes around identifier attribute values change, never text inside <pre>/<textarea> (we have none) or a ${}
// expression.

const CSS_TAG = /\bcss`((?:[^`\\$]|\\.|\$(?!\{))*)`/g;
const HTML_TAG = /\b(html|svg)`((?:[^`\\]|\\.)*?)`/gs;

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

function minifyHtml(text) {
  // Whitespace runs that include a newline become one space; none around tag boundaries.
  return text
    .replace(/>\s*\n\s*</g, '><')
    .replace(/\s*\n\s*/g, ' ');
}

export function minifyLiterals() {
  return {
    name: 'plenary-minify-literals',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      let out = code.replace(CSS_TAG, (m, body) => (body.includes('${') ? m : 'css`' + minifyCss(body) + '`'));
      out = out.replace(HTML_TAG, (m, tag, body) => `${tag}\`${minifyHtml(body)}\``);
      return out === code ? null : { code: out, map: null };
    },
  };
}

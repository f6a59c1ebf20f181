// A Vite/Rolldown plugin that gives the `private` members of our classes short names in the bundles ($a, $b...).
// The minifier renames variables but never properties, so `this.layoutKey`, `this.handleImgError`... kept their
// full names in every bundle. TypeScript knows which property accesses are those members, so this is a rename,
// not a guess by name: the type checker resolves every identifier in src/, and only a member whose every use it
// resolves is renamed. Conservative: a member is left alone when
//   - it is not `private` (protected and public members are API or overridden), or is a parameter property;
//   - it is a reactive property (a key of the class's `static properties`: Lit reads those names);
//   - any use of it is not `this.name` (another object's `g.entries`, `const { name } = this`): those may
//     meet a copy of Plenary built from other sources (the npm modules, another version);
//   - its name appears anywhere in src/ as a string where strings name properties (`changed.has('name')`,
//     `x['name']`, `'name' in x`) or as an unresolved property (an `any` access the checker cannot tie to a member);
//   - its name is no longer than the new one would be.
// The new names start with `$`, which neither Lit, the DOM nor our public API uses. Only the bundles change
// (plenary.js, the IIFE, dist/entries); the unbundled npm modules, the types, the tests and the dev server keep
// the source's names.
import MagicString from 'magic-string';
import ts from 'typescript';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
let edits; // file -> [start, end, name][], computed once per process (the sources do not change during a build)
let report; // [file, class, member, new name or why it keeps its name][]

/** The renames for the project in `dir` (its tsconfig.build.json and src/): { edits, report }. */
function plan(dir = root) {
  const config = ts.getParsedCommandLineOfConfigFile(resolve(dir, 'tsconfig.build.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  const program = ts.createProgram(config.fileNames, config.options);
  const checker = program.getTypeChecker();
  const files = program.getSourceFiles().filter((f) => f.fileName.startsWith(resolve(dir, 'src') + '/'));
  const edits = new Map();
  const report = [];

  const members = new Map(); // declaration -> { name, uses: [file, start, end][], file, owner }
  const unsafeNames = new Set();
  const unsafe = new Set();

  /** The private member a declaration node declares, if it is one we may rename. */
  const privateMember = (decl) =>
    (ts.isPropertyDeclaration(decl) || ts.isMethodDeclaration(decl) || ts.isGetAccessorDeclaration(decl) || ts.isSetAccessorDeclaration(decl)) &&
    ts.isIdentifier(decl.name) &&
    ts.getCombinedModifierFlags(decl) & ts.ModifierFlags.Private &&
    !(ts.getCombinedModifierFlags(decl) & ts.ModifierFlags.Static);

  /**
   * Whether a string may name a member: `x['name']`, `'name' in x`, or an argument of a call that takes property
   * names (`changed.has('name')`, `requestUpdate('name')`, `Object.hasOwn(x, 'name')`...). Not a translation key
   * (`this.s('share')`), an attribute value or an event name.
   */
  const namesMember = (node) => {
    const p = node.parent;
    if (ts.isElementAccessExpression(p) && p.argumentExpression === node) return true;
    if (ts.isBinaryExpression(p) && p.operatorToken.kind === ts.SyntaxKind.InKeyword && p.left === node) return true;
    if (ts.isCallExpression(p) && p.arguments.includes(node)) {
      const callee = ts.isPropertyAccessExpression(p.expression) ? p.expression.name.text : p.expression.getText();
      return /^(has|get|set|delete|requestUpdate|hasOwnProperty|hasOwn|defineProperty|getOwnPropertyDescriptor|propertyIsEnumerable|createProperty|getPropertyOptions)$/.test(callee);
    }
    return false;
  };

  for (const file of files) {
    // Keys of `static properties = { ... }`: Lit's reactive properties keep their names.
    const visit = (node) => {
      if (ts.isPropertyDeclaration(node) && node.name.getText(file) === 'properties' && node.initializer && ts.isObjectLiteralExpression(node.initializer))
        for (const p of node.initializer.properties) if (p.name) unsafeNames.add(p.name.getText(file).replace(/^['"]|['"]$/g, ''));
      if (ts.isStringLiteralLike(node) && namesMember(node)) unsafeNames.add(node.text);
      // `const { tiers } = this`: the name is the local's, the property it reads is found through the type.
      if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent)) {
        const key = node.propertyName ?? node.name;
        const name = ts.isIdentifier(key) || ts.isStringLiteral(key) ? key.text : undefined;
        const type = checker.getTypeAtLocation(node.parent);
        // A computed key (`{ [k]: v } = this`) may read any of them.
        const props = name === undefined ? type.getProperties() : [type.getProperty(name)];
        for (const d of props.flatMap((p) => p?.declarations ?? [])) if (privateMember(d)) unsafe.add(d);
      }
      if (ts.isIdentifier(node)) {
        const symbol = checker.getSymbolAtLocation(node);
        const decls = symbol?.declarations ?? [];
        const parent = node.parent;
        if (symbol && decls.length && decls.every(privateMember)) {
          // By declaration, not symbol: an access through `this` can resolve to an instantiated copy of the symbol.
          const key = decls[0];
          let m = members.get(key);
          if (!m) members.set(key, (m = { name: node.text, uses: [], file: file.fileName, owner: key.parent.name?.text ?? '(class)' }));
          const isDecl = decls.some((d) => d.name === node);
          const isThis = ts.isPropertyAccessExpression(parent) && parent.name === node && parent.expression.kind === ts.SyntaxKind.ThisKeyword;
          if (!isDecl && !isThis) unsafe.add(key);
          m.uses.push([file.fileName, node.getStart(file), node.end]);
        } else if (!symbol && ts.isPropertyAccessExpression(parent) && parent.name === node) {
          unsafeNames.add(node.text);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }

  /**
   * The declaration of the class `cls` extends, wherever it is: null when it extends nothing, undefined when the
   * checker cannot follow its base to a class (a mixin's `extends B`, `extends Mixin(Base)`). Such a class may sit
   * on top of renamed members it cannot see: its own keep their names.
   */
  const extendsOf = (cls) => {
    const expr = cls.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
    if (!expr) return null;
    let symbol = checker.getSymbolAtLocation(expr);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    return symbol?.declarations?.find((d) => ts.isClassLike(d));
  };
  for (const [key, m] of members) {
    const why = unsafe.has(key)
      ? 'used other than as this.name'
      : unsafeNames.has(m.name)
        ? 'name also a string or unresolved property'
        : extendsOf(key.parent) === undefined
          ? 'its class extends something that is not a class'
          : '';
    if (why) {
      unsafe.add(key);
      report.push([m.file.slice(dir.length + 1), m.owner, m.name, why]);
    }
  }
  const chosen = [...members].filter(([key]) => !unsafe.has(key));

  // Names need only be unique along a class chain (an object is one class's instance): each class numbers its
  // members on from where its base classes (in src/) stopped, most used first, so they get the shortest names.
  const byClass = new Map();
  for (const [key, m] of chosen) {
    if (!byClass.has(key.parent)) byClass.set(key.parent, []);
    byClass.get(key.parent).push(m);
  }
  /** The base class when it is ours (in src/); Lit's and the DOM's have no `$` names to keep clear of. */
  const base = (cls) => {
    const decl = extendsOf(cls);
    return decl && files.includes(decl.getSourceFile()) ? decl : undefined;
  };
  const count = (cls) => byClass.get(cls)?.length ?? 0;
  /** The first index after the members of `cls` and its base classes. */
  const end = (cls) => (cls ? end(base(cls)) + count(cls) : 0);
  const chars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const short = (i) => '$' + (i < chars.length ? chars[i] : chars[Math.floor(i / chars.length) - 1] + chars[i % chars.length]);
  for (const [cls, list] of byClass) {
    list.sort((a, b) => b.uses.length - a.uses.length || a.name.localeCompare(b.name));
    const first = end(base(cls));
    list.forEach((m, i) => {
      // A name as short as its replacement (`s`, `io`) keeps it; the index is used anyway, which is simpler.
      if (m.name.length <= short(first + i).length) return void report.push([m.file.slice(dir.length + 1), m.owner, m.name, 'already short']);
      report.push([m.file.slice(dir.length + 1), m.owner, m.name, short(first + i)]);
      for (const [f, from, to] of m.uses) {
        if (!edits.has(f)) edits.set(f, []);
        edits.get(f).push([from, to, short(first + i)]);
      }
    });
  }
  // The new names must be new to every class chain: no member in src/ is called $something already.
  for (const file of files)
    ts.forEachChild(file, function check(node) {
      if (ts.isClassElement(node) && node.name && /^\$/.test(node.name.getText(file))) throw new Error(`plenary-private-names: ${file.fileName} declares ${node.name.getText(file)}`);
      ts.forEachChild(node, check);
    });
  return { edits, report };
}

/**
 * What the plugin renames, and what it leaves and why: [file, class, member, new name or reason][]. For this
 * project, or for another directory with a tsconfig.build.json and a src/ (tests).
 */
export function privateNamesReport(dir) {
  if (dir) return plan(dir).report;
  if (!edits) ({ edits, report } = plan());
  return report;
}

/** The source of `file` with the private members renamed, or undefined when it has none to rename. */
export function renamedSource(file) {
  return rename(file)?.code;
}

/**
 * The renamed source and a source map back to the file as written, so the bundles' maps still show our names
 * (every character outside a renamed name keeps its line and column).
 */
function rename(file) {
  if (!edits) ({ edits, report } = plan());
  const list = edits.get(file);
  if (!list) return undefined;
  const s = new MagicString(readFileSync(file, 'utf8'));
  for (const [start, end, name] of list) s.overwrite(start, end, name);
  return { code: s.toString(), map: s.generateMap({ source: file, hires: true, includeContent: true }) };
}

export function privateNames() {
  return {
    name: 'plenary-private-names',
    load(id) {
      const file = id.split('?')[0];
      if (/\/src\/.*\.ts$/.test(file)) return rename(file);
    },
  };
}

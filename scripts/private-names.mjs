// @ts-check
// Names of private class members that the minifier may shorten in the browser
// bundles, as Lit's own build shortens its private fields.
//
// A property name is renamed everywhere in a bundle at once, so only names
// that cannot reach past the bundle are listed: members marked `private` in
// TypeScript whose name is never also a public or protected member, an
// interface or object key (feed JSON, saved data, events), a destructured key,
// an export, or a word inside any string or template (attributes, `.prop`
// bindings, storage keys). Terser also keeps every DOM name it knows. The
// packages' own dist/ folders are not minified and keep every name.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** Every TypeScript source file under the packages' src/ folders, tests included (they only add names to keep). */
function sourceFiles(dir = 'packages') {
  /** @type {string[]} */
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'dist') files.push(...sourceFiles(path));
    } else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push(path);
  }
  return files;
}

/** @returns {string[]} the names, sorted */
export function privateNames() {
  const privates = new Set();
  const kept = new Set();
  /** @param {string} text */
  const keepWords = (text) => {
    for (const word of text.split(/[^A-Za-z0-9_$]+/)) kept.add(word);
  };
  for (const file of sourceFiles()) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    /** @param {ts.Node} node */
    const visit = (node) => {
      if (ts.isClassElement(node) && node.name && ts.isIdentifier(node.name)) {
        const isPrivate = (ts.getCombinedModifierFlags(node) & ts.ModifierFlags.Private) !== 0;
        (isPrivate ? privates : kept).add(node.name.text);
      } else if (
        (ts.isPropertySignature(node) ||
          ts.isMethodSignature(node) ||
          ts.isPropertyAssignment(node) ||
          ts.isShorthandPropertyAssignment(node) ||
          ts.isMethodDeclaration(node) ||
          ts.isGetAccessorDeclaration(node) ||
          ts.isSetAccessorDeclaration(node) ||
          ts.isEnumMember(node)) &&
        node.name
      ) {
        keepWords(node.name.getText(source));
      } else if (ts.isBindingElement(node)) {
        keepWords((node.propertyName ?? node.name).getText(source));
      } else if (ts.isExportSpecifier(node)) {
        keepWords(node.name.text);
        if (node.propertyName) keepWords(node.propertyName.text);
      } else if (
        (ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node) || ts.isVariableStatement(node)) &&
        ts.getCombinedModifierFlags(/** @type {ts.Declaration} */ (node)) & ts.ModifierFlags.Export
      ) {
        if (ts.isVariableStatement(node)) {
          for (const declaration of node.declarationList.declarations) keepWords(declaration.name.getText(source));
        } else if (node.name) keepWords(node.name.text);
      } else if (
        ts.isStringLiteral(node) ||
        ts.isNoSubstitutionTemplateLiteral(node) ||
        ts.isTemplateHead(node) ||
        ts.isTemplateMiddle(node) ||
        ts.isTemplateTail(node)
      ) {
        keepWords(node.text);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  // Very short names gain nothing and are the likeliest to be met elsewhere.
  return [...privates].filter((name) => !kept.has(name) && name.length > 3).sort();
}

/** A terser `mangle.properties` option for these names, or false when there are none. */
export function privateNamesOption() {
  const names = privateNames();
  return names.length ? { regex: new RegExp(`^(?:${names.join('|')})$`) } : false;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const names = privateNames();
  console.log(`${names.length} private names the browser bundles may shorten:\n${names.join(' ')}`);
}

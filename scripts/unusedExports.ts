/**
 * Lists the exports of src/ that no other file imports: `export` there says
 * "used elsewhere" and is not true. Two kinds:
 * - used only in their own file: the `export` keyword can go;
 * - used nowhere at all: dead code (dropping `export` alone fails noUnusedLocals).
 *
 * Importers are every file of tsconfig.json (src, test, bench, scripts).
 * A namespace import, `export *` or dynamic import() counts as using every
 * export of its module. Entry points are left out: src/main.ts and what
 * package.json runs (`node dist/...`), src/emulator/index.ts (the emulator as
 * a library), and generated code.
 *
 *   npx tsx scripts/unusedExports.ts    (exits 1 when it lists anything)
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ALL = '*';

/** src/ files other code or package.json runs by path: their exports are their interface. */
function entryPoints(): Set<string> {
  const entries = new Set(['src/main.ts', 'src/emulator/index.ts']);
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { main?: string; scripts?: Record<string, string> };
  const commands = [manifest.main ?? '', ...Object.values(manifest.scripts ?? {})].join(' ');
  for (const [, path] of commands.matchAll(/\bdist\/([\w/.-]+)\.js\b/g)) entries.add(`src/${path}.ts`);
  return entries;
}

function program(): ts.Program {
  const configPath = join(ROOT, 'tsconfig.json');
  const host: ts.ParseConfigFileHost = {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  };
  const parsed = ts.getParsedCommandLineOfConfigFile(configPath, {}, host);
  if (!parsed) throw new Error(`cannot read ${configPath}`);
  return ts.createProgram(parsed.fileNames, parsed.options);
}

/** For each file, the names other files import from it (ALL for a namespace import, `export *` or import()). */
function importedNames(prog: ts.Program): Map<string, Set<string>> {
  const used = new Map<string, Set<string>>();
  const options = prog.getCompilerOptions();
  const note = (from: ts.SourceFile, specifier: string, names: readonly string[]) => {
    const target = ts.resolveModuleName(specifier, from.fileName, options, ts.sys).resolvedModule?.resolvedFileName;
    if (target === undefined || resolve(target) === resolve(from.fileName)) return;
    const set = used.get(resolve(target)) ?? new Set<string>();
    for (const name of names) set.add(name);
    used.set(resolve(target), set);
  };
  for (const file of prog.getSourceFiles()) {
    if (file.fileName.includes('/node_modules/')) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
        const clause = node.importClause;
        const names: string[] = [];
        if (clause?.name) names.push('default');
        const bindings = clause?.namedBindings;
        if (bindings && ts.isNamespaceImport(bindings)) names.push(ALL);
        if (bindings && ts.isNamedImports(bindings)) for (const element of bindings.elements) names.push((element.propertyName ?? element.name).text);
        note(file, node.moduleSpecifier.text, names);
      } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
        const clause = node.exportClause;
        const names = clause && ts.isNamedExports(clause) ? clause.elements.map((element) => (element.propertyName ?? element.name).text) : [ALL];
        note(file, node.moduleSpecifier.text, names);
      } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
        const [specifier] = node.arguments;
        if (specifier && ts.isStringLiteral(specifier)) note(file, specifier.text, [ALL]);
      } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
        let qualifier = node.qualifier;
        while (qualifier && ts.isQualifiedName(qualifier)) qualifier = qualifier.left;
        note(file, node.argument.literal.text, [qualifier ? qualifier.text : ALL]);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return used;
}

/** Whether `symbol` is referenced in `file` other than where it is declared. */
function usedInOwnFile(checker: ts.TypeChecker, file: ts.SourceFile, symbol: ts.Symbol): boolean {
  const declarations = new Set((symbol.declarations ?? []).map((declaration) => ts.getNameOfDeclaration(declaration)));
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isIdentifier(node) && node.text === symbol.name && !declarations.has(node)) {
      let target = checker.getSymbolAtLocation(node);
      if (target && target.flags & ts.SymbolFlags.Alias) target = checker.getAliasedSymbol(target);
      // `export { x }` names the symbol without using it.
      if (target === symbol && !ts.isExportSpecifier(node.parent)) found = true;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

interface Finding {
  file: string;
  line: number;
  name: string;
  usedInOwnFile: boolean;
}

function findings(): Finding[] {
  const prog = program();
  const checker = prog.getTypeChecker();
  const used = importedNames(prog);
  const entries = entryPoints();
  const found: Finding[] = [];
  for (const file of prog.getSourceFiles()) {
    const path = relative(ROOT, file.fileName);
    if (!path.startsWith('src/') || path.includes('/generated/') || entries.has(path)) continue;
    const moduleSymbol = checker.getSymbolAtLocation(file);
    if (!moduleSymbol) continue;
    const importedHere = used.get(resolve(file.fileName)) ?? new Set<string>();
    if (importedHere.has(ALL)) continue;
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      if (importedHere.has(exported.name)) continue;
      const local = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const declaration = local.declarations?.find((d) => d.getSourceFile() === file) ?? exported.declarations?.[0];
      if (!declaration) continue;
      found.push({
        file: path,
        line: file.getLineAndCharacterOfPosition(declaration.getStart()).line + 1,
        name: exported.name,
        usedInOwnFile: usedInOwnFile(checker, file, local),
      });
    }
  }
  return found.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

const found = findings();
for (const [title, list] of [
  ['Exported, used only in their own file (drop `export`):', found.filter((f) => f.usedInOwnFile)],
  ['Exported, used nowhere (dead code):', found.filter((f) => !f.usedInOwnFile)],
] as const) {
  if (list.length === 0) continue;
  console.log(title);
  for (const f of list) console.log(`  ${f.file}:${f.line}  ${f.name}`);
}
if (found.length > 0) process.exitCode = 1;

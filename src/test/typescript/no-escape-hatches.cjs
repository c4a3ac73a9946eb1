// Fails when a TypeScript file uses a non-null assertion (x!), a cast (x as T, <T>x) or `any`: the client
// check must hold without them. Reads the syntax tree with the pinned TypeScript compiler, so comments
// and strings never count. Usage: node no-escape-hatches.cjs FILE...
const ts = require("typescript");
const fs = require("fs");

let found = 0;
for (const file of process.argv.slice(2)) {
    const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    const visit = (node) => {
        let what = null;
        if (ts.isNonNullExpression(node)) {
            what = "a non-null assertion";
        } else if (ts.isAsExpression(node) && !(ts.isTypeReferenceNode(node.type) && node.type.getText() === "const")) {
            what = "a cast (as)";
        } else if (ts.isTypeAssertionExpression(node)) {
            what = "a cast (<T>)";
        } else if (node.kind === ts.SyntaxKind.AnyKeyword) {
            what = "the type any";
        }
        if (what !== null) {
            const { line, character } = source.getLineAndCharacterOfPosition(node.getStart());
            console.error(`${file}:${line + 1}:${character + 1}: ${what}: ${node.getText()}`);
            found++;
        }
        ts.forEachChild(node, visit);
    };
    visit(source);
}
if (found > 0) {
    console.error(`${found} escape hatch(es): the contract must type these values as the service sends them`);
    process.exit(1);
}

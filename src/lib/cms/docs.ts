import ts from 'typescript';

/** The documentation of one object literal in a schema's source: each key's JSDoc, and the JSDoc of what holds it. */
export interface ShapeDocs {
  keys: readonly string[];
  /** Each documented key's JSDoc, as one line. */
  fields: Readonly<Record<string, string>>;
  /** The JSDoc of the declaration the literal is part of (`positionSchema`: "A position …"). */
  owner?: string | undefined;
}

/** A JSDoc comment as one line of text. */
function commentOf(node: ts.Node): string | undefined {
  const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  const text = docs.map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '').join(' ');
  return text.replace(/\s+/g, ' ').trim() || undefined;
}

/**
 * The documented object literals of a TypeScript source (the schemas in src/schemas/): for each, its keys and their
 * JSDoc. A zod object is matched to its literal by its keys (`docsFor`), so that a field's documentation is written
 * once, where the field is.
 */
export function shapeDocs(source: string, fileName = 'schema.ts'): ShapeDocs[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const found: ShapeDocs[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isObjectLiteralExpression(node)) {
      const keys: string[] = [];
      const fields: Record<string, string> = {};
      for (const property of node.properties) {
        if (!(ts.isPropertyAssignment(property) || ts.isShorthandPropertyAssignment(property))) continue;
        const key = property.name.getText(file).replace(/^['"]|['"]$/g, '');
        keys.push(key);
        const doc = commentOf(property);
        if (doc) fields[key] = doc;
      }
      if (Object.keys(fields).length) {
        let holder: ts.Node | undefined = node.parent;
        while (holder && !ts.isVariableStatement(holder)) holder = holder.parent;
        found.push({ keys, fields, owner: holder && commentOf(holder) });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** The documentation of the literal with exactly these keys, if one is documented. */
export function docsFor(all: readonly ShapeDocs[], keys: readonly string[]): ShapeDocs | undefined {
  const wanted = [...keys].sort().join(',');
  return all.find((shape) => [...shape.keys].sort().join(',') === wanted);
}

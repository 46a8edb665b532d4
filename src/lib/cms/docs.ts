import { parseSync, Visitor, type ESTree } from 'rolldown/utils';

/** The documentation of one object literal in a schema's source: each key's JSDoc, and the JSDoc of what holds it. */
export interface ShapeDocs {
  keys: readonly string[];
  /** Each documented key's JSDoc, as one line. */
  fields: Readonly<Record<string, string>>;
  /** The JSDoc of the declaration the literal is part of (`positionSchema`: "A position …"). */
  owner?: string | undefined;
}

/** The name of a property's key as written: `title`, `'title'` or `"title"`. */
function keyOf(property: ESTree.ObjectPropertyKind): string | undefined {
  if (property.type !== 'Property' || property.computed) return undefined;
  const { key } = property;
  if (key.type === 'Identifier') return key.name;
  if (key.type === 'Literal' && typeof key.value === 'string') return key.value;
  return undefined;
}

/**
 * The documented object literals of a TypeScript source (the schemas in src/schemas/): for each, its keys and their
 * JSDoc. A zod object is matched to its literal by its keys (`docsFor`), so that a field's documentation is written
 * once, where the field is. Parsed with oxc (through rolldown, which Vite loads anyway).
 */
export function shapeDocs(source: string, fileName = 'schema.ts'): ShapeDocs[] {
  const { program, comments } = parseSync(fileName, source, { lang: 'ts' });
  const jsdoc = comments.filter((comment) => comment.type === 'Block' && comment.value.startsWith('*'));
  /** The JSDoc right before a node (nothing but white space between them), as one line. */
  const commentOf = (start: number): string | undefined => {
    const comment = jsdoc.findLast((candidate) => candidate.end <= start);
    if (!comment || source.slice(comment.end, start).trim()) return undefined;
    const text = comment.value.replace(/^\*+/, '').replace(/^\s*\*+(?!\/)/gm, ' ');
    return text.replace(/\s+/g, ' ').trim() || undefined;
  };
  /** Where a declaration's JSDoc is: before `export const …` when it is exported. */
  const statements = new Map<number, number>();
  for (const statement of program.body) {
    if (statement.type === 'ExportNamedDeclaration' && statement.declaration) {
      statements.set(statement.declaration.start, statement.start);
    }
  }
  const found: ShapeDocs[] = [];
  const declarations: ESTree.VariableDeclaration[] = [];
  new Visitor({
    VariableDeclaration: (node) => void declarations.push(node),
    'VariableDeclaration:exit': () => void declarations.pop(),
    ObjectExpression: (node) => {
      const keys: string[] = [];
      const fields: Record<string, string> = {};
      for (const property of node.properties) {
        const key = keyOf(property);
        if (key === undefined) continue;
        keys.push(key);
        const doc = commentOf(property.start);
        if (doc) fields[key] = doc;
      }
      if (!Object.keys(fields).length) return;
      const holder = declarations.at(-1);
      found.push({ keys, fields, owner: holder && commentOf(statements.get(holder.start) ?? holder.start) });
    },
  }).visit(program);
  return found;
}

/** The documentation of the literal with exactly these keys, if one is documented. */
export function docsFor(all: readonly ShapeDocs[], keys: readonly string[]): ShapeDocs | undefined {
  const wanted = [...keys].sort().join(',');
  return all.find((shape) => [...shape.keys].sort().join(',') === wanted);
}

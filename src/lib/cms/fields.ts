import { z } from 'zod';
import type { EditorHint } from '../../schemas/fields';
import { docsFor, type ShapeDocs } from './docs';

/** A field of the editor's configuration (Sveltia CMS): its name, label, widget and the widget's options. */
export type CmsField = {
  name: string;
  label: string;
  widget: string;
  /** Whether it must be filled in: always, never, or in the languages named. */
  required: boolean | string[];
  hint?: string;
} & Record<string, unknown>;

/** What turning a schema into fields needs besides the schema. */
export interface FieldContext {
  /** Every documented object literal of the schemas' sources (see `shapeDocs`). */
  docs: readonly ShapeDocs[];
  /** The site's IANA zone: times are picked and written on its clock. */
  timeZone: string;
  /** The field that names an entry of each collection a relation can point to (`title`, `name`). */
  identifiers: Readonly<Record<string, string>>;
  /** Where the schema is, for the message when a field cannot be shown (`positions`). */
  where: string;
}

type Def = { type: string } & Record<string, unknown>;
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;
const hintOf = (schema: unknown) =>
  (z.globalRegistry.get(schema as z.ZodType) as { editor?: EditorHint } | undefined)?.editor;

/** Words that the label writes in capitals. */
const CAPITALS: Record<string, string> = { url: 'URL', ects: 'ECTS', orcid: 'ORCID', pdf: 'PDF', id: 'ID' };

/** The label a form shows for a key: `apply_url` is "Apply URL". */
export function labelOf(key: string): string {
  const words = key.split('_').map((word) => CAPITALS[word] ?? word);
  return words.join(' ').replace(/^./, (first) => first.toUpperCase());
}

/** The keys and fields of a zod object, through the wrappers that `strictObject` and `superRefine` put around it. */
export function shapeOf(schema: unknown): Record<string, unknown> | undefined {
  const def = defOf(schema);
  if (def.type === 'object') return def.shape as Record<string, unknown>;
  if (def.type === 'pipe') return shapeOf(defOf(def.in).type === 'transform' ? def.out : def.in);
  return undefined;
}

/** The options of a select: an enum's values. */
const enumValues = (schema: unknown): unknown[] | undefined => {
  const def = defOf(schema);
  return def.type === 'enum' ? Object.values(def.entries as Record<string, unknown>) : undefined;
};

/** The fields of an object schema, each with the JSDoc its key has in the source. */
export function objectFields(schema: unknown, context: FieldContext): CmsField[] {
  const shape = shapeOf(schema);
  if (!shape) throw new Error(`${context.where}: expected an object schema`);
  const docs = docsFor(context.docs, Object.keys(shape));
  return Object.entries(shape).map(([key, field]) =>
    fieldOf(key, field, docs?.fields[key], { ...context, where: `${context.where}.${key}` }),
  );
}

/** The editor's field for one key of a schema: the widget its type asks for, required or not, its default. */
export function fieldOf(name: string, schema: unknown, doc: string | undefined, context: FieldContext): CmsField {
  let required = true;
  let fallback: unknown;
  let current = schema;
  // Through the wrappers: optional, nullable, a default, a transform (read what goes in), a preprocess (what comes out).
  for (;;) {
    if (hintOf(current)) break;
    const def = defOf(current);
    if (def.type === 'optional' || def.type === 'nullable') {
      required = false;
      current = def.innerType;
    } else if (def.type === 'default') {
      required = false;
      fallback = def.defaultValue;
      current = def.innerType;
    } else if (def.type === 'pipe') {
      current = defOf(def.in).type === 'transform' ? def.out : def.in;
    } else break;
  }
  const base = {
    name,
    label: labelOf(name),
    required,
    ...(doc && { hint: doc.replace(/`/g, '') }),
    ...(fallback !== undefined && !(Array.isArray(fallback) && !fallback.length) && { default: fallback }),
  };
  return { ...base, ...widgetOf(current, required, context) };
}

/** The widget and its options for a schema stripped of its wrappers. */
function widgetOf(
  schema: unknown,
  required: boolean,
  context: FieldContext,
): { widget: string } & Record<string, unknown> {
  const hint = hintOf(schema);
  if (hint) return hintWidget(hint, context);
  const def = defOf(schema);
  switch (def.type) {
    case 'string': {
      const pattern = ((def.checks ?? []) as { _zod: { def: { format?: string; pattern?: RegExp } } }[])
        .map((check) => check._zod.def)
        .find((check) => check.format === 'regex')?.pattern;
      return {
        widget: 'string',
        ...(def.format === 'email' && { type: 'email' }),
        ...(def.format === 'url' && { type: 'url' }),
        ...(pattern && { pattern: [pattern.source, `expected text matching ${pattern.source}`] }),
      };
    }
    case 'boolean':
      return { widget: 'boolean' };
    case 'number': {
      const checks = ((def.checks ?? []) as { _zod: { def: { check: string; value: number } } }[]).map(
        (check) => check._zod.def,
      );
      const min = checks.find((check) => check.check === 'greater_than')?.value;
      const max = checks.find((check) => check.check === 'less_than')?.value;
      return {
        widget: 'number',
        value_type: def.format === 'safeint' ? 'int' : 'float',
        ...(min !== undefined && { min }),
        ...(max !== undefined && { max }),
      };
    }
    case 'enum':
      return { widget: 'select', options: enumValues(schema) };
    case 'array': {
      const item = fieldOf('item', def.element, undefined, context);
      // Words (tags) as a list of words; ids of entries as a relation that takes several.
      if (item.widget === 'string' && !item.pattern && !item.type) return { widget: 'list' };
      const { name: _name, label: _label, required: _required, ...widget } = item;
      if (item.widget === 'relation') return { ...widget, multiple: true };
      return { widget: 'list', ...(item.widget === 'object' ? { fields: widget.fields } : { field: item }) };
    }
    case 'object':
    case 'pipe':
      return { widget: 'object', fields: objectFields(schema, context) };
    case 'union':
      return unionWidget(def.options as unknown[], required, context);
  }
  throw new Error(`${context.where}: the editor has no widget for a ${def.type} field`);
}

/** A union the form can offer as one select: a value or a list of values (`kind`), or `true` or a value. */
function unionWidget(options: unknown[], required: boolean, context: FieldContext) {
  const types = options.map((option) => defOf(option).type);
  const values = options.map(enumValues).find(Boolean);
  const lists = options.filter((option) => defOf(option).type === 'array');
  const listOfValues = lists.length === 1 && enumValues(defOf(lists[0]).element);
  if (values && listOfValues && types.length === 2) {
    return { widget: 'select', options: values, multiple: true, ...(required && { min: 1 }) };
  }
  if (values && types.includes('boolean')) {
    // `true` stands for every value; a list of them is left to the file.
    return {
      widget: 'select',
      options: [{ label: 'all', value: true }, ...values.map((value) => ({ label: value, value }))],
    };
  }
  throw new Error(`${context.where}: the editor has no widget for a union of ${types.join(', ')}`);
}

/** The widget of a field helper that says how it is edited (`EditorHint`). */
function hintWidget(hint: EditorHint, context: FieldContext) {
  switch (hint.widget) {
    case 'date':
      return { widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' };
    case 'datetime':
      return {
        widget: 'datetime',
        type: 'datetime-local',
        format: 'YYYY-MM-DDTHH:mm',
        input_timezone: context.timeZone,
      };
    case 'partial-date':
      return {
        widget: 'string',
        pattern: ['^\\d{4}(-\\d{2}(-\\d{2})?)?$', 'expected a year (2022), a month (2022-04) or a date (2022-04-01)'],
      };
    case 'image':
      return { widget: 'image', choose_url: false };
    case 'relation': {
      const identifier = context.identifiers[hint.collection] ?? 'title';
      return {
        widget: 'relation',
        collection: hint.collection,
        value_field: '{{slug}}',
        search_fields: [identifier],
        display_fields: [identifier],
        ...(hint.multiple && { multiple: true }),
      };
    }
  }
}

import { templateVariables, type Template } from './template-variables';

export interface FilledTemplate {
  text: string;
  /** Required blanks that have no value (nor a default). */
  missing: string[];
}

const BLANK_OR_ESCAPE = /\\\{\{|\{\{([\p{L}\p{Nd}_]{1,30})\}\}/gu;

/**
 * Fills an item's blanks with `values` (falling back to each variable's default) and turns `\{{` into `{{`.
 * A blank with no value stays as `{{name}}` when `keepUnfilled` is set (for previews), else becomes empty.
 */
export function fillTemplate(
  item: Template,
  values: ReadonlyMap<string, string> | Record<string, string>,
  options: { keepUnfilled?: boolean } = {},
): FilledTemplate {
  const lookup = values instanceof Map ? values : new Map(Object.entries(values));
  const variables = new Map(templateVariables(item).map((v) => [v.name, v]));
  const missing: string[] = [];
  const valueOf = (name: string): string | undefined => {
    const given = lookup.get(name);
    if (given !== undefined && given !== '') return given;
    return variables.get(name)?.default;
  };
  for (const variable of variables.values()) {
    if (variable.required && !valueOf(variable.name)?.trim()) missing.push(variable.name);
  }
  const text = item.body.replace(BLANK_OR_ESCAPE, (whole, name: string | undefined) => {
    if (name === undefined) return '{{';
    return valueOf(name) ?? (options.keepUnfilled ? whole : '');
  });
  return { text, missing };
}

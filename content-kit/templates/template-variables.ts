import type { Variable } from '../schema/kit-schema';
import { findBlanks } from './find-blanks';

/** A blank to fill: the declared variable merged with its use in the body. */
export interface TemplateVariable {
  name: string;
  label: string;
  hint?: string;
  default?: string;
  required: boolean;
  /** Declared in the item's `variables`; an undeclared blank is a required free-text field labelled by its name. */
  declared: boolean;
}

/** What filling needs of an item: its body and the variables it declares. */
export interface Template {
  body: string;
  variables?: readonly Pick<Variable, 'name' | 'label' | 'hint' | 'default' | 'required'>[];
}

/** The blanks an item asks for, in the order the body first uses them. */
export function templateVariables(item: Template): TemplateVariable[] {
  const declared = new Map<string, NonNullable<Template['variables']>[number]>();
  for (const variable of item.variables ?? []) declared.set(variable.name, variable);
  const seen = new Set<string>();
  const out: TemplateVariable[] = [];
  for (const { name } of findBlanks(item.body)) {
    if (seen.has(name)) continue;
    seen.add(name);
    const variable = declared.get(name);
    out.push(
      variable
        ? {
            name,
            label: variable.label || name,
            hint: variable.hint,
            default: variable.default,
            required: variable.required === true,
            declared: true,
          }
        : { name, label: name, required: true, declared: false },
    );
  }
  return out;
}

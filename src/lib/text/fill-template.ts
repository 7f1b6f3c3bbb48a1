/** A template with `{name}` placeholders filled in; a placeholder without a value is left as written. */
export function fillTemplate(template: string, vars: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

/** A filled template cut at one placeholder, so a page can put an element (a link, code) there: "Available in {languages}." → ["Available in ", "."]. */
export function splitAtPlaceholder(template: string, name: string, vars: Readonly<Record<string, string | number>> = {}): [string, string] {
  const marker = '\u0001';
  const [before = '', after = ''] = fillTemplate(template, { ...vars, [name]: marker }).split(marker);
  return [before, after];
}

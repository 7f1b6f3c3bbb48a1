// A link that opens a contribution form with some fields filled in (the recommendation page's
// "write a request with these terms"): the fields travel as JSON in one query parameter, read
// back only if they form a plain object, so a mangled link opens an empty form, never a broken one.

/** The query parameter that carries the fields. */
export const PREFILL_PARAMETER = 'prefill';

/** The query string (with its "?") that carries these front-matter fields to a form. */
export function prefillQuery(data: Record<string, unknown>): string {
  return `?${new URLSearchParams({ [PREFILL_PARAMETER]: JSON.stringify(data) }).toString()}`;
}

/** The front-matter fields a query string carries, or undefined when it carries none or they are not a plain object. */
export function prefillData(search: string): Record<string, unknown> | undefined {
  const raw = new URLSearchParams(search).get(PREFILL_PARAMETER);
  if (raw === null) return undefined;
  try {
    const value: unknown = JSON.parse(raw);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The fields of a new request for a recommendation and the terms chosen for it. */
export function requestPrefill(choice: {
  themes: readonly string[];
  capacities: readonly string[];
  mechanisms: readonly string[];
  recommendation?: { mechanism: string; symbol?: string; reference?: string; summary?: string } | undefined;
}): Record<string, unknown> {
  const recommendation =
    choice.recommendation && Object.fromEntries(Object.entries(choice.recommendation).filter(([, v]) => v !== undefined && v !== ''));
  return {
    needs: {
      themes: [...choice.themes],
      capacities: [...choice.capacities],
      mechanisms: [...choice.mechanisms],
      recommendations: recommendation ? [recommendation] : [],
    },
  };
}

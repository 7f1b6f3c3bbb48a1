import type { CollectionName } from '../schema/index.ts';
import { readField, SEARCH_FILTERS, type CollectionData, type SearchFilter } from './fields.ts';

export { SEARCH_FILTERS, type SearchFilter };

/** The filter values of one page: filter name → keys. */
export type FilterValues = Partial<Record<SearchFilter, string[]>>;

/** The search filters of an entry, from the registry: each filter's values, distinct and sorted, empty ones left out. */
export function searchFilters<C extends CollectionName>(collection: C, data: CollectionData[C]): FilterValues {
  const filters: FilterValues = {};
  for (const name of SEARCH_FILTERS) {
    const values = [...new Set(readField(name, collection, data))].sort();
    if (values.length > 0) filters[name] = values;
  }
  return filters;
}

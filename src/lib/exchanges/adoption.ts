// Practices that travel: a practice says which practices it was adapted from (`adaptedFrom`);
// the other direction, "adopted by", is computed here and never written in a file.

/** What the adoption graph needs of a practice. */
export type AdoptionPractice = {
  id: string;
  countries: readonly string[];
  adaptedFrom: readonly { practice: string; note: string }[];
};

/** One link of the graph seen from the practice that was adopted: who adapted it and what they say they kept and changed. */
export type Adoption = { practice: string; note: string };

/** For each practice, the practices adapted from it, sorted by id: the inverse of `adaptedFrom`, among the practices given. */
export function adoptedBy(practices: readonly AdoptionPractice[]): Map<string, Adoption[]> {
  const known = new Set(practices.map((p) => p.id));
  const out = new Map<string, Adoption[]>();
  for (const practice of practices)
    for (const { practice: original, note } of practice.adaptedFrom) {
      if (!known.has(original)) continue;
      out.set(original, [...(out.get(original) ?? []), { practice: practice.id, note }]);
    }
  for (const list of out.values()) list.sort((a, b) => a.practice.localeCompare(b.practice, 'en'));
  return out;
}

/** Whether two practices share no country: a practice adapted from one of another country has crossed a border. */
const acrossBorder = (a: AdoptionPractice, b: AdoptionPractice) =>
  a.countries.length > 0 && !a.countries.some((c) => b.countries.includes(c));

/** The practices adapted from a practice of another country (sharing none of its countries), sorted by id. */
export function adoptedAcrossBorders(practices: readonly AdoptionPractice[]): AdoptionPractice[] {
  const byId = new Map(practices.map((p) => [p.id, p]));
  return practices
    .filter((p) => p.adaptedFrom.some(({ practice }) => byId.has(practice) && acrossBorder(p, byId.get(practice)!)))
    .sort((a, b) => a.id.localeCompare(b.id, 'en'));
}

/** A country's practices that travelled: those it adapted from other countries' practices, and other countries' practices adapted from its own. */
export function countryAdoptions(
  iso3: string,
  practices: readonly AdoptionPractice[],
): { adaptedHere: string[]; adoptedElsewhere: string[] } {
  const across = adoptedAcrossBorders(practices);
  const byId = new Map(practices.map((p) => [p.id, p]));
  const adaptedHere = across.filter((p) => p.countries.includes(iso3)).map((p) => p.id);
  const adoptedElsewhere = across
    .filter((p) => !p.countries.includes(iso3) && p.adaptedFrom.some(({ practice }) => byId.get(practice)?.countries.includes(iso3)))
    .map((p) => p.id);
  return { adaptedHere, adoptedElsewhere };
}

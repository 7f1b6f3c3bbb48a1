import type { StringTable } from './types.ts';

const en = {
  'cite.heading': 'Cite this practice',
  'cite.noUrl': 'This copy of the gateway has no public address, so the reference names the practice by its id.',
  'cite.bibtex': 'Download BibTeX (for LaTeX)',
  'cite.csl': 'Download CSL-JSON (for Zotero and other reference managers)',
};

/** Interface strings of the "Cite this practice" block. */
export const cite = {
  en,
  fr: {
    'cite.heading': 'Citer cette pratique',
    'cite.noUrl': 'Cette copie de la Passerelle n’a pas d’adresse publique : la référence désigne donc la pratique par son identifiant.',
    'cite.bibtex': 'Télécharger en BibTeX (pour LaTeX)',
    'cite.csl': 'Télécharger en CSL-JSON (pour Zotero et d’autres gestionnaires de références)',
  },
} satisfies StringTable<typeof en>;

import type { StringTable } from './types.ts';

const en = {
  'prose.toc': 'On this page',
  'about.methodologyLink': 'Methodology',
  'compare.title': 'Compare national mechanisms',
  'compare.description':
    'National mechanisms for implementation, reporting and follow-up side by side: legal basis, lead institution, composition, tracking tool, consultation and capacities.',
  'compare.intro':
    'Put two national mechanisms for implementation, reporting and follow-up side by side: how each was set up, who leads it, who sits on it, how it tracks recommendations and how it consults civil society.',
  'compare.choose': 'Choose two mechanisms',
  'compare.first': 'First mechanism',
  'compare.second': 'Second mechanism',
  'compare.submit': 'Compare',
  'compare.pairs': 'Mechanisms that have worked together',
  'compare.pairsIntro': 'Their countries take part in the same case file.',
  'compare.label': '{country} ({name})',
  'compare.pair': '{a} and {b}',
  'compare.table': 'The comparison',
  'compare.captionAll': 'All {n} national mechanisms, side by side',
  'compare.captionPair': '{a} compared with {b}',
  'compare.showAll': 'Show all mechanisms',
  'compare.scroll': 'The table scrolls sideways.',
  'compare.feature': 'Feature',
  'compare.capacities': 'Capacities shown in its practices',
  'compare.practices': 'Its practices',
  'compare.none': 'none yet',
  'compare.sourcesNote':
    'Each point comes from the sources listed on the mechanism’s page in the directory. “Not stated” means that no source we hold says it, not that the mechanism lacks it.',
  'compare.capacitiesNote':
    'Capacities are the four of the OHCHR typology, as recorded in the case files that involve the mechanism: they show what those case files document, not everything the mechanism does.',
  'compare.methodology': 'How entries are checked: methodology',
};

/** Interface strings of the about, methodology and compare pages. */
export const about = {
  en,
  fr: {
    'prose.toc': 'Sur cette page',
    'about.methodologyLink': 'Méthodologie',
    'compare.title': 'Comparer des mécanismes nationaux',
    'compare.description':
      'Des mécanismes nationaux de mise en œuvre, d’établissement de rapports et de suivi côte à côte : base juridique, institution chef de file, composition, outil de suivi, consultation et capacités.',
    'compare.intro':
      'Placez côte à côte deux mécanismes nationaux de mise en œuvre, d’établissement de rapports et de suivi : leur création, l’institution qui les dirige, leur composition, la manière dont ils suivent les recommandations et dont ils consultent la société civile.',
    'compare.choose': 'Choisissez deux mécanismes',
    'compare.first': 'Premier mécanisme',
    'compare.second': 'Second mécanisme',
    'compare.submit': 'Comparer',
    'compare.pairs': 'Des mécanismes qui ont travaillé ensemble',
    'compare.pairsIntro': 'Leurs pays figurent dans une même fiche.',
    'compare.label': '{country} ({name})',
    'compare.pair': '{a} et {b}',
    'compare.table': 'La comparaison',
    'compare.captionAll': 'Les {n} mécanismes nationaux côte à côte',
    'compare.captionPair': 'Comparaison : {a} et {b}',
    'compare.showAll': 'Afficher tous les mécanismes',
    'compare.scroll': 'Le tableau défile horizontalement.',
    'compare.feature': 'Caractéristique',
    'compare.capacities': 'Capacités attestées par ses pratiques',
    'compare.practices': 'Ses pratiques',
    'compare.none': 'aucune pour l’instant',
    'compare.sourcesNote':
      'Chaque information provient des sources citées sur la page du mécanisme dans l’annuaire. « Non précisé » signifie qu’aucune de nos sources ne l’indique, et non que le mécanisme en est dépourvu.',
    'compare.capacitiesNote':
      'Les capacités sont les quatre de la typologie du HCDH, telles que les consignent les fiches où figure le mécanisme : elles reflètent ce que ces fiches documentent, pas tout ce que fait le mécanisme.',
    'compare.methodology': 'Comment les fiches sont vérifiées : méthodologie',
  },
} satisfies StringTable<typeof en>;

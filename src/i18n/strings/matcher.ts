import type { StringTable } from './types.ts';

const en = {
  'matcher.need': 'Your need',
  'matcher.language': 'Working language',
  'matcher.region': 'Your UN regional group (optional)',
  'matcher.regionAny': 'Not stated',
  'matcher.regionHint': 'Some offers serve only certain regions; choose yours to see them.',
  'matcher.results': 'What fits',
  'matcher.noOffer': 'No open offer fits this need yet.',
  'matcher.loading': 'Loading offers and practices…',
  'matcher.start': 'Choose at least one capacity, theme, mechanism, format or modality to see what fits.',
  'matcher.found': '{offers} and {practices} found',
  'matcher.offers.one': '{n} offer',
  'matcher.offers.other': '{n} offers',
  'matcher.practices.one': '{n} practice',
  'matcher.practices.other': '{n} practices',
  'matcher.noScript': 'The matcher runs in your browser and needs JavaScript. Without it, you can browse:',
  'matcher.error': 'The matcher could not load its data. You can browse instead:',
  'matcher.pairings': 'Pairings of open requests and offers',
};

/** Interface strings of the "describe a need" matcher page. */
export const matcher = {
  en,
  fr: {
    'matcher.need': 'Votre besoin',
    'matcher.language': 'Langue de travail',
    'matcher.region': 'Votre groupe régional de l’ONU (facultatif)',
    'matcher.regionAny': 'Non précisé',
    'matcher.regionHint': 'Certaines offres ne servent que certaines régions ; choisissez la vôtre pour les voir.',
    'matcher.results': 'Ce qui correspond',
    'matcher.noOffer': 'Aucune offre ouverte ne correspond encore à ce besoin.',
    'matcher.loading': 'Chargement des offres et des pratiques…',
    'matcher.start':
      'Choisissez au moins une capacité, un thème, un mécanisme, une forme d’appui ou une modalité pour voir ce qui correspond.',
    'matcher.found': 'Résultat : {offers} et {practices}',
    'matcher.offers.one': '{n} offre',
    'matcher.offers.other': '{n} offres',
    'matcher.practices.one': '{n} pratique',
    'matcher.practices.other': '{n} pratiques',
    'matcher.noScript':
      'L’outil de mise en relation fonctionne dans votre navigateur et nécessite JavaScript. Sans lui, vous pouvez consulter :',
    'matcher.error': 'L’outil de mise en relation n’a pas pu charger ses données. Vous pouvez consulter :',
    'matcher.pairings': 'Rapprochements entre demandes ouvertes et offres',
  },
} satisfies StringTable<typeof en>;

import type { StringTable } from './types.ts';

const en = {
  'map.title': 'World map of good practices',
  'map.intro':
    'Countries are shaded by the number of good practices that took place there; a practice shared by several countries counts for each of them. Select a country to see its practices, or use the table below the map.',
  'map.label': 'World map. Countries with good practices are shaded and link to their page.',
  'map.legend': 'Number of practices',
  'map.legend.none': 'none',
  'map.legend.range': '{min} to {max}',
  'map.practices.one': '{n} practice',
  'map.practices.other': '{n} practices',
  'map.country': '{country}: {practices}',
  'map.markers': 'Countries too small to show at this scale are drawn as dots.',
  'map.unmapped': 'Not shown on the map: {countries}.',
  'map.disclaimer':
    'The boundaries and names shown on this map do not imply any opinion on the legal status of any country or territory, or on the delimitation of its frontiers.',
  'map.table': 'Good practices by country',
  'map.table.country': 'Country',
  'map.table.count': 'Practices',
};

/** Interface strings of the map pages. */
export const map = {
  en,
  fr: {
    'map.title': 'Carte mondiale des bonnes pratiques',
    'map.intro':
      'Les pays sont colorés selon le nombre de bonnes pratiques qui s’y sont déroulées ; une pratique partagée par plusieurs pays compte pour chacun d’eux. Choisissez un pays pour voir ses pratiques, ou consultez le tableau sous la carte.',
    'map.label': 'Carte du monde. Les pays qui ont des bonnes pratiques sont colorés et mènent à leur page.',
    'map.legend': 'Nombre de pratiques',
    'map.legend.none': 'aucune',
    'map.legend.range': '{min} à {max}',
    'map.practices.one': '{n} pratique',
    'map.practices.other': '{n} pratiques',
    'map.country': '{country} : {practices}',
    'map.markers': 'Les pays trop petits pour apparaître à cette échelle sont représentés par un point.',
    'map.unmapped': 'Absents de la carte : {countries}.',
    'map.disclaimer':
      'Les frontières et les noms figurant sur cette carte n’impliquent aucune prise de position quant au statut juridique des pays ou territoires, ni quant au tracé de leurs frontières.',
    'map.table': 'Bonnes pratiques par pays',
    'map.table.country': 'Pays',
    'map.table.count': 'Pratiques',
  },
} satisfies StringTable<typeof en>;

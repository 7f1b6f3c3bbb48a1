import type { TermLabels, Vocabulary } from '../vocab/define.ts';
import { UI_LANGUAGES, type UiLanguage } from '../vocab/languages.ts';

const en = {
  'site.name': 'Human Rights Knowledge Gateway',
  'site.tagline': 'Good practices on implementing human rights recommendations, shared between States, cities and practitioners.',
  'nav.skip': 'Skip to content',
  'nav.main': 'Main',
  'nav.home': 'Home',
  'nav.practices': 'Good practices',
  'nav.actors': 'Directory',
  'nav.requests': 'Assistance requests',
  'nav.offers': 'Offers of expertise',
  'nav.language': 'Language',
  'lang.en': 'English',
  'lang.fr': 'Français',
  'home.intro1': 'The Gateway collects case files on how national mechanisms for implementation, reporting and follow-up (NMIRFs), local governments and technical cooperation put the recommendations of the UN human rights mechanisms into practice.',
  'home.intro2': 'It is written for officials in ministries, NMIRF secretariats and city halls who want to learn how a peer solved the problem they face.',
  'home.intro3': 'States and local governments can also post requests for assistance, and others can offer their expertise.',
  'home.counts': 'In numbers',
  'home.count.practices': 'good practices',
  'home.count.countries': 'countries',
  'home.count.actors': 'organisations in the directory',
  'home.count.requests': 'open assistance requests',
  'home.count.offers': 'open offers of expertise',
  'home.latest': 'Recently reviewed practices',
  'home.bySubject': 'Browse by subject',
  'home.allPractices': 'All good practices',
  'practices.title': 'Good practices',
  'practices.intro': 'Case files on national mechanisms, local governments and technical cooperation, each sourced.',
  'practices.count': '{n} practices',
  'practice.facts': 'Key facts',
  'practice.kind': 'Subject',
  'practice.countries': 'Countries',
  'practice.level': 'Level',
  'practice.actors': 'Organisations involved',
  'practice.period': 'Period',
  'practice.periodOngoing': 'since {start}',
  'practice.mechanisms': 'Mechanisms',
  'practice.themes': 'Themes',
  'practice.rightsHolders': 'Rights-holders',
  'practice.sdgTargets': 'SDG targets',
  'practice.nmirfType': 'Type of mechanism',
  'practice.capacities': 'Capacities',
  'practice.modality': 'Modality',
  'practice.formats': 'Formats',
  'practice.languages': 'Languages of the material',
  'practice.easyRead': 'In plain words',
  'practice.narrative': 'The practice',
  'practice.outcomes': 'Outcomes',
  'practice.lessons': 'Lessons',
  'practice.recommendations': 'Recommendations addressed',
  'practice.sources': 'Sources',
  'practice.contact': 'Contact',
  'practice.lastReviewed': 'Last reviewed',
  'practice.submittedBy': 'Submitted by',
  'practice.contentLanguage': 'The case file is written in {language}.',
  'banner.draft': 'Draft: this entry has not been published.',
  'banner.example': 'Example: this entry is invented to show how the gateway works. It is not a real request or offer.',
  'banner.archived': 'Archived: this practice is kept for reference and may be out of date.',
  'actors.title': 'Directory',
  'actors.intro': 'National mechanisms, local governments and other organisations that appear in the case files.',
  'actors.nmirfs': 'National mechanisms (NMIRFs)',
  'actors.others': 'Other organisations',
  'actor.type': 'Type',
  'actor.country': 'Country',
  'actor.originalName': 'Name in the original language',
  'actor.website': 'Website',
  'actor.nmirfType': 'Type of mechanism',
  'actor.established': 'Established',
  'actor.legalBasis': 'Legal basis',
  'actor.leadInstitution': 'Lead institution',
  'actor.composition': 'Composition',
  'actor.trackingTool': 'Tracking tool',
  'actor.civilSociety': 'Consultation with civil society',
  'actor.practices': 'Practices',
  'actor.requests': 'Assistance requests',
  'actor.offers': 'Offers of expertise',
  'actor.sources': 'Sources',
  'actor.notStated': 'not stated',
  'requests.title': 'Assistance requests',
  'requests.intro': 'Needs posted by States and local governments, published with the agreement of the State concerned.',
  'request.requester': 'Requested by',
  'request.country': 'Country',
  'request.region': 'Region',
  'request.needs': 'Needs',
  'request.timeframe': 'Timeframe',
  'request.status': 'Status',
  'request.broker': 'Contact through',
  'request.consent': 'Agreement of the State',
  'offers.title': 'Offers of expertise',
  'offers.intro': 'Expertise that States, national mechanisms, institutions, UN entities and networks offer to peers.',
  'offer.provider': 'Offered by',
  'offer.serves': 'Serves',
  'offer.servesAll': 'all countries',
  'offer.availability': 'Available',
  'offer.capacityPerYear': 'Engagements per year',
  'offer.evidence': 'Has done it before',
  'offer.status': 'Status',
  'list.empty': 'Nothing here yet.',
  'footer.licence': 'Case files are published under the Creative Commons Attribution 4.0 licence (CC BY 4.0); the code under the MIT licence.',
  'footer.about': 'A knowledge hub for national mechanisms, local governments and technical cooperation, as asked by the Human Rights Council (resolutions 51/33, 57/12, 57/32 and 60/27).',
  'notFound.title': 'Page not found',
  'notFound.text': 'This page does not exist. Try the list of good practices.',
  'root.choose': 'Choose a language',
};

type Key = keyof typeof en;

const fr: Record<Key, string> = {
  'site.name': 'Passerelle de connaissances sur les droits de l’homme',
  'site.tagline': 'Des bonnes pratiques pour mettre en œuvre les recommandations relatives aux droits de l’homme, partagées entre États, villes et praticiens.',
  'nav.skip': 'Aller au contenu',
  'nav.main': 'Principal',
  'nav.home': 'Accueil',
  'nav.practices': 'Bonnes pratiques',
  'nav.actors': 'Annuaire',
  'nav.requests': 'Demandes d’assistance',
  'nav.offers': 'Offres d’expertise',
  'nav.language': 'Langue',
  'lang.en': 'English',
  'lang.fr': 'Français',
  'home.intro1': 'La Passerelle rassemble des fiches sur la manière dont les mécanismes nationaux de mise en œuvre, d’établissement de rapports et de suivi (MNMOR), les gouvernements locaux et la coopération technique traduisent dans les faits les recommandations des mécanismes des droits de l’homme des Nations Unies.',
  'home.intro2': 'Elle s’adresse aux agents des ministères, des secrétariats de mécanismes nationaux et des mairies qui veulent savoir comment un pair a résolu le problème auquel ils font face.',
  'home.intro3': 'Les États et les gouvernements locaux peuvent aussi publier des demandes d’assistance, et d’autres proposer leur expertise.',
  'home.counts': 'En chiffres',
  'home.count.practices': 'bonnes pratiques',
  'home.count.countries': 'pays',
  'home.count.actors': 'organisations dans l’annuaire',
  'home.count.requests': 'demandes d’assistance ouvertes',
  'home.count.offers': 'offres d’expertise ouvertes',
  'home.latest': 'Pratiques récemment revues',
  'home.bySubject': 'Parcourir par sujet',
  'home.allPractices': 'Toutes les bonnes pratiques',
  'practices.title': 'Bonnes pratiques',
  'practices.intro': 'Des fiches sourcées sur les mécanismes nationaux, les gouvernements locaux et la coopération technique.',
  'practices.count': '{n} pratiques',
  'practice.facts': 'L’essentiel',
  'practice.kind': 'Sujet',
  'practice.countries': 'Pays',
  'practice.level': 'Niveau',
  'practice.actors': 'Organisations concernées',
  'practice.period': 'Période',
  'practice.periodOngoing': 'depuis {start}',
  'practice.mechanisms': 'Mécanismes',
  'practice.themes': 'Thèmes',
  'practice.rightsHolders': 'Titulaires de droits',
  'practice.sdgTargets': 'Cibles des ODD',
  'practice.nmirfType': 'Type de mécanisme',
  'practice.capacities': 'Capacités',
  'practice.modality': 'Modalité',
  'practice.formats': 'Formes',
  'practice.languages': 'Langues des documents',
  'practice.easyRead': 'En mots simples',
  'practice.narrative': 'La pratique',
  'practice.outcomes': 'Résultats',
  'practice.lessons': 'Enseignements',
  'practice.recommendations': 'Recommandations traitées',
  'practice.sources': 'Sources',
  'practice.contact': 'Contact',
  'practice.lastReviewed': 'Dernière revue',
  'practice.submittedBy': 'Soumis par',
  'practice.contentLanguage': 'La fiche est rédigée en {language}.',
  'banner.draft': 'Brouillon : cette fiche n’a pas été publiée.',
  'banner.example': 'Exemple : cette fiche est inventée pour montrer le fonctionnement de la Passerelle. Ce n’est ni une demande ni une offre réelle.',
  'banner.archived': 'Archivée : cette pratique est conservée pour mémoire et peut être dépassée.',
  'actors.title': 'Annuaire',
  'actors.intro': 'Mécanismes nationaux, gouvernements locaux et autres organisations cités dans les fiches.',
  'actors.nmirfs': 'Mécanismes nationaux (MNMOR)',
  'actors.others': 'Autres organisations',
  'actor.type': 'Type',
  'actor.country': 'Pays',
  'actor.originalName': 'Nom dans la langue d’origine',
  'actor.website': 'Site web',
  'actor.nmirfType': 'Type de mécanisme',
  'actor.established': 'Création',
  'actor.legalBasis': 'Base juridique',
  'actor.leadInstitution': 'Institution chef de file',
  'actor.composition': 'Composition',
  'actor.trackingTool': 'Outil de suivi',
  'actor.civilSociety': 'Consultation de la société civile',
  'actor.practices': 'Pratiques',
  'actor.requests': 'Demandes d’assistance',
  'actor.offers': 'Offres d’expertise',
  'actor.sources': 'Sources',
  'actor.notStated': 'non précisé',
  'requests.title': 'Demandes d’assistance',
  'requests.intro': 'Besoins publiés par des États et des gouvernements locaux, avec l’accord de l’État concerné.',
  'request.requester': 'Demandée par',
  'request.country': 'Pays',
  'request.region': 'Région',
  'request.needs': 'Besoins',
  'request.timeframe': 'Calendrier',
  'request.status': 'Statut',
  'request.broker': 'Contact par l’intermédiaire de',
  'request.consent': 'Accord de l’État',
  'offers.title': 'Offres d’expertise',
  'offers.intro': 'L’expertise que des États, des mécanismes nationaux, des institutions, des entités des Nations Unies et des réseaux proposent à leurs pairs.',
  'offer.provider': 'Proposée par',
  'offer.serves': 'Bénéficiaires',
  'offer.servesAll': 'tous les pays',
  'offer.availability': 'Disponibilité',
  'offer.capacityPerYear': 'Interventions par an',
  'offer.evidence': 'L’a déjà fait',
  'offer.status': 'Statut',
  'list.empty': 'Rien pour l’instant.',
  'footer.licence': 'Les fiches sont publiées sous licence Creative Commons Attribution 4.0 (CC BY 4.0) ; le code sous licence MIT.',
  'footer.about': 'Un centre de connaissances pour les mécanismes nationaux, les gouvernements locaux et la coopération technique, demandé par le Conseil des droits de l’homme (résolutions 51/33, 57/12, 57/32 et 60/27).',
  'notFound.title': 'Page introuvable',
  'notFound.text': 'Cette page n’existe pas. Essayez la liste des bonnes pratiques.',
  'root.choose': 'Choisissez une langue',
};

const STRINGS: Record<UiLanguage, Record<Key, string>> = { en, fr };

/** A UI string in a language, with `{name}` placeholders filled in. */
export function t(lang: UiLanguage, key: Key, vars: Record<string, string | number> = {}): string {
  return STRINGS[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

/** The label of a vocabulary term in a language. */
export function termLabel<K extends string>(vocabulary: Vocabulary<K>, key: K, lang: UiLanguage): string {
  return (vocabulary.labels[key] as TermLabels | undefined)?.[lang] ?? key;
}

/** Whether a string is one of the interface languages. */
export function isUiLanguage(value: string | undefined): value is UiLanguage {
  return (UI_LANGUAGES as readonly string[]).includes(value ?? '');
}

/** Site path in a language: `localePath('fr', 'practices', 'x')` → `/fr/practices/x/`. */
export function localePath(lang: UiLanguage, ...segments: string[]): string {
  return `/${[lang, ...segments].join('/')}/`;
}

/** A date (`YYYY-MM-DD`), month (`YYYY-MM`) or year written out in a language, independent of the machine's time zone. */
export function formatDate(value: string, lang: UiLanguage): string {
  const [year, month, day] = value.split('-').map(Number);
  if (month === undefined) return String(year);
  const date = new Date(Date.UTC(year!, month - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions = day === undefined ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { dateStyle: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(lang, options).format(date);
}

/** Sort strings in a language's alphabetical order. */
export function sortByLabel<T>(items: readonly T[], label: (item: T) => string, lang: UiLanguage): T[] {
  const collator = new Intl.Collator(lang);
  return [...items].sort((a, b) => collator.compare(label(a), label(b)));
}

/** The paths for `getStaticPaths` of a page that exists in every interface language. */
export function languagePaths() {
  return UI_LANGUAGES.map((lang) => ({ params: { lang } }));
}

export type { UiLanguage };

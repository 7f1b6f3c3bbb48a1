import type { StringTable } from './types.ts';

const en = {
  'nav.matchmaking': 'Matchmaking',
  'match.title': 'Matchmaking',
  'match.intro':
    'Open assistance requests, the offers of expertise that best fit each one, and practices of peers who already solved the same problem. Every pairing says why it was made.',
  'match.shares': 'Shares: {list}',
  'match.asRequested': '{list} as requested',
  'match.doneBefore': 'has done it before: {list}',
  'match.separator': '; ',
  'match.followUp': 'follow-up of {mechanism} recommendations',
  'match.score': 'Score {score} of 100',
  'match.bestOffers': 'Best offers',
  'match.noOffer': 'No offer fits this request yet.',
  'match.openCount': 'Open requests: {n}, by title.',
  'match.peers': 'Peers who have done it',
  'match.peerActors': 'Who to talk to',
  'match.peersIntro':
    'Practices from other countries on the same needs: their actors are potential peers, even where nobody posted an offer.',
  'match.noPeer': 'No practice on the gateway addresses these needs yet.',
  'match.requestsServed': 'Requests this offer could serve',
  'match.noRequest': 'No open request fits this offer yet.',
  'match.unmet': 'Unmet needs',
  'match.unmetIntro':
    'Requests with no offer scoring {threshold} or more, and needs many requests share but few offers cover. Curators use this list to recruit expertise.',
  'match.unmetRequests': 'Requests without a strong match',
  'match.unmetNone': 'Every open request has a strong match.',
  'match.gaps': 'Needs and how many offers cover them',
  'match.gapNeed': 'Need',
  'match.gapRequests': 'Requests',
  'match.gapOffers': 'Offers',
  'match.best': 'best score: {score}',
  'match.noPossibleOffer': 'no offer fits it at all yet',
  'match.contact': 'Contact goes through the broker named in the request.',
  'match.methodology': 'How pairings are made',
  'match.method.constraints':
    'A pairing is possible only if both the request and the offer are open, they share a working language, the offer’s availability overlaps the request’s timeframe, the provider is not the requester, and, when the offer serves only some regions or countries, the requester is among them.',
  'match.method.criteria':
    'A possible pairing is then scored out of 100. Each criterion the request states earns its weight times the share of the request’s terms the offer covers; rare expertise (held by few offers) counts more than common expertise. Criteria the request leaves empty are not counted against anyone.',
  'match.method.weights': 'Weights',
  'match.method.criterion': 'Criterion',
  'match.method.weight': 'Weight',
  'match.method.evidence': 'Has done it before (a practice on the gateway shows it)',
  'match.method.meaning':
    'A score is a suggestion to look closer, not a judgement of quality or a commitment. The parties and the curators decide; the gateway only suggests. Requests are published only with the agreement of the State concerned.',
  'match.criterion.capacities': 'NMIRF capacities',
  'match.criterion.themes': 'Themes',
  'match.criterion.mechanisms': 'Mechanisms',
  'match.criterion.recommendations': 'Recommendations on the same subject (same mechanism)',
  'match.criterion.formats': 'Formats of help',
  'match.criterion.modalities': 'Modalities (South-South, triangular…)',
  'match.matcher': 'Describe a need',
  'match.matcherIntro':
    'Choose what you need and see at once which offers and practices fit. It runs in your browser; nothing you choose is sent anywhere.',
};

/** Interface strings of the matchmaking pages and pairing explanations. */
export const matchmaking = {
  en,
  fr: {
    'nav.matchmaking': 'Mise en relation',
    'match.title': 'Mise en relation',
    'match.intro':
      'Les demandes d’assistance ouvertes, les offres d’expertise qui correspondent le mieux à chacune, et les pratiques de pairs qui ont déjà résolu le même problème. Chaque rapprochement dit pourquoi il est proposé.',
    'match.shares': 'En commun : {list}',
    'match.asRequested': '{list}, comme demandé',
    'match.doneBefore': 'l’a déjà fait : {list}',
    'match.separator': ' ; ',
    'match.followUp': 'suivi des recommandations du {mechanism}',
    'match.score': 'Score {score} sur 100',
    'match.bestOffers': 'Meilleures offres',
    'match.noOffer': 'Aucune offre ne correspond encore à cette demande.',
    'match.openCount': 'Demandes ouvertes : {n}, par titre.',
    'match.peers': 'Des pairs qui l’ont fait',
    'match.peerActors': 'À qui s’adresser',
    'match.peersIntro':
      'Des pratiques d’autres pays sur les mêmes besoins : leurs acteurs sont des pairs possibles, même sans offre publiée.',
    'match.noPeer': 'Aucune pratique de la Passerelle ne traite encore ces besoins.',
    'match.requestsServed': 'Demandes que cette offre pourrait servir',
    'match.noRequest': 'Aucune demande ouverte ne correspond encore à cette offre.',
    'match.unmet': 'Besoins non satisfaits',
    'match.unmetIntro':
      'Les demandes sans offre atteignant un score de {threshold}, et les besoins que beaucoup de demandes partagent mais que peu d’offres couvrent. Les curateurs s’en servent pour rechercher des expertises.',
    'match.unmetRequests': 'Demandes sans correspondance forte',
    'match.unmetNone': 'Chaque demande ouverte a une correspondance forte.',
    'match.gaps': 'Besoins et nombre d’offres qui les couvrent',
    'match.gapNeed': 'Besoin',
    'match.gapRequests': 'Demandes',
    'match.gapOffers': 'Offres',
    'match.best': 'meilleur score : {score}',
    'match.noPossibleOffer': 'aucune offre ne lui correspond encore',
    'match.contact': 'Le contact passe par l’intermédiaire désigné dans la demande.',
    'match.methodology': 'Comment les rapprochements sont faits',
    'match.method.constraints':
      'Un rapprochement n’est possible que si la demande et l’offre sont ouvertes, partagent une langue de travail, si la disponibilité de l’offre recoupe le calendrier de la demande, si le fournisseur n’est pas le demandeur et, lorsque l’offre ne sert que certaines régions ou certains pays, si le demandeur en fait partie.',
    'match.method.criteria':
      'Un rapprochement possible reçoit ensuite un score sur 100. Chaque critère indiqué dans la demande rapporte son poids multiplié par la part des termes de la demande que l’offre couvre ; une expertise rare (détenue par peu d’offres) compte davantage qu’une expertise courante. Les critères que la demande laisse vides ne pénalisent personne.',
    'match.method.weights': 'Poids',
    'match.method.criterion': 'Critère',
    'match.method.weight': 'Poids',
    'match.method.evidence': 'L’a déjà fait (une pratique de la Passerelle le montre)',
    'match.method.meaning':
      'Un score invite à regarder de plus près ; ce n’est ni un jugement de qualité ni un engagement. Les parties et les curateurs décident ; la Passerelle ne fait que suggérer. Les demandes ne sont publiées qu’avec l’accord de l’État concerné.',
    'match.criterion.capacities': 'Capacités des mécanismes nationaux',
    'match.criterion.themes': 'Thèmes',
    'match.criterion.mechanisms': 'Mécanismes',
    'match.criterion.recommendations': 'Recommandations sur le même sujet (même mécanisme)',
    'match.criterion.formats': 'Formes d’appui',
    'match.criterion.modalities': 'Modalités (Sud-Sud, triangulaire…)',
    'match.matcher': 'Décrire un besoin',
    'match.matcherIntro':
      'Choisissez ce dont vous avez besoin et voyez aussitôt quelles offres et pratiques conviennent. Le calcul se fait dans votre navigateur ; rien de ce que vous choisissez n’est envoyé.',
  },
} satisfies StringTable<typeof en>;

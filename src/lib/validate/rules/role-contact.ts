import { message, type MessageRef } from '../messages.ts';
import { explain } from '../problem.ts';
import type { EntryRule, Finding } from './types.ts';

// Free-mail providers: an address there belongs to a person, not to an office.
const FREE_MAIL =
  /(^|\.)(gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|aol|icloud|me|mac|proton|protonmail|pm|gmx|mail|yandex|qq|163|126|sina|rediffmail|zoho|tutanota|web|orange|free|laposte|libero|naver|daum)\.[a-z.]+$/i;
// Local parts that name an office rather than a person.
const ROLE_WORDS =
  /^(info|contact|contacto|contacts|secretariat|secretaria|secretariado|secretariat-general|office|bureau|unit|unidad|dgdh|human-?rights|derechos-?humanos|droits-?humains|droitsdelhomme|nmirf|nmrf|upr|epu|mechanism|mecanismo|mecanisme|focal-?point|press|prensa|presse|communications?|admin|registry|desk|team|general|inquiries|enquiries|hr|ddhh|cooperation|cooperacion)$/i;

/** Why an e-mail address looks personal, or undefined when it looks like an office's address. */
export function personalAddressReason(email: string): { kind: 'free-mail'; domain: string } | { kind: 'person-name' } | undefined {
  const [local = '', domain = ''] = email.toLowerCase().split('@');
  if (FREE_MAIL.test(domain)) return { kind: 'free-mail', domain };
  const parts = local.split(/[._]/).filter(Boolean);
  if (parts.length >= 2 && parts.every((part) => /^[a-z]{2,}$/.test(part)) && !parts.some((part) => ROLE_WORDS.test(part))) {
    return { kind: 'person-name' };
  }
  return undefined;
}

const CONTACT_FIELDS = ['contact', 'broker'] as const;

/** Contacts are offices, reached through institutional role addresses, never a person's or a free-mail address. */
export const roleContact: EntryRule = {
  id: 'role-contact',
  severity: 'error',
  description: 'Contact addresses belong to an office, not a person, and not to a free-mail provider.',
  check(entry) {
    const findings: Finding[] = [];
    for (const field of CONTACT_FIELDS) {
      const contact = entry.raw?.[field] as { email?: unknown } | undefined;
      if (typeof contact?.email !== 'string') continue;
      const reason = personalAddressReason(contact.email);
      if (!reason) continue;
      const { line, column } = entry.locate([field, 'email']);
      const at = `${field}.email`;
      const fact: MessageRef =
        reason.kind === 'free-mail'
          ? message('role-contact.free-mail', { field: at, email: contact.email, domain: reason.domain })
          : message('role-contact.person-name', { field: at, email: contact.email });
      findings.push({
        line,
        column,
        field: at,
        ...explain(fact, { hint: [message('role-contact.use-role-address')], actual: contact.email }),
      });
    }
    return findings;
  },
};

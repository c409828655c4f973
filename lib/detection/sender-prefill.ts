import { emailDomain, isFreeMailDomain } from '../model/free-mail';
import type { NewAccountPrefill } from '../platform/route';

// Loaded on demand (the rep filing an unknown sender): keeps the free-mail list and these rules
// out of the side panel's first paint.

/** Words that make a display name a company, a team or a robot rather than a person. */
const NOT_A_PERSON =
  /公司|集团|有限|中心|部门|团队|客服|银行|大学|学院|医院|\b(inc|ltd|llc|gmbh|co|corp|company|group|team|support|sales|service|services|info|news|newsletter|no-?reply|admin|office|hr|billing|marketing)\b/i;

/** True for "Li Wei", "李伟", "Anna-Lena Schmidt"; false for "Acme Sales", "客服中心", "". */
export function looksLikePerson(displayName: string): boolean {
  const name = displayName.trim();
  if (!name || NOT_A_PERSON.test(name) || /[@\d]/.test(name)) return false;
  if (/^[\u3400-\u9fff·]{2,5}$/.test(name)) return true;
  return /^[\p{L}.'-]+( [\p{L}.'-]+){0,3}$/u.test(name);
}

/** `mail.newco.com.cn` → `Newco`: the company part of a domain, capitalised. */
function companyLabel(domain: string): string {
  const label = domain.replace(/^(www|mail|email|mx|smtp)\./, '').split('.')[0] ?? '';
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/**
 * The new-account form for an unknown sender: the company from their signature, else named after
 * the sender's domain (or the display name when it is a company's), that domain as website and email domain — except
 * free mail, which says nothing about the company — and the sender as its first contact.
 */
export function newAccountPrefill(sender: SenderDetails): NewAccountPrefill {
  const email = sender.email.trim().toLowerCase();
  const displayName = sender.name.trim();
  const domain = emailDomain(email);
  const free = !domain || isFreeMailDomain(domain);
  const person = looksLikePerson(displayName);
  // The signature's company line names the company best; then a company's display name; then the domain.
  const name =
    sender.company?.trim() || (displayName && !person ? displayName : free ? '' : companyLabel(domain));
  return {
    name,
    domain: free ? '' : domain,
    contactName: contactNameOf(sender),
    contactEmail: email,
    contactTitle: sender.title?.trim() ?? '',
    contactPhone: sender.phones?.[0] ?? '',
  };
}

/** A sender as the page showed them, with what their signature adds when it was read. */
export interface SenderDetails {
  name: string;
  email: string;
  title?: string;
  company?: string;
  phones?: string[];
}

/** A contact's name for a sender: the display name, else the address's local part. */
export function contactNameOf(sender: { name: string; email: string }): string {
  return sender.name.trim() || sender.email.trim().split('@')[0] || sender.email;
}

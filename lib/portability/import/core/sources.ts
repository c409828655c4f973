/**
 * Which CRM wrote a file, told by its headers: HubSpot exports carry "Record ID", Salesforce
 * reports "Account Name"/"Account ID"/"Billing …"/"Mailing …"/"Contact ID", our own export
 * "Dossier ID". Anything else is a spreadsheet.
 */
import { headerKey } from './fields';
import type { ImportSource } from './types';

const has = (keys: ReadonlySet<string>, ...names: string[]) => names.some((n) => keys.has(headerKey(n)));

export function detectSource(headers: readonly string[]): ImportSource {
  const keys = new Set(headers.map(headerKey));
  const person = has(keys, 'First Name', 'Last Name');
  if (has(keys, 'Dossier ID')) return 'dossier';
  if (has(keys, 'Record ID')) {
    if (person || (has(keys, 'Email') && !has(keys, 'Company name', 'Company Domain Name'))) {
      return 'hubspotContacts';
    }
    return 'hubspotCompanies';
  }
  if (has(keys, 'Contact ID', 'Mailing City', 'Mailing Street', 'Mailing Country'))
    return 'salesforceContacts';
  if (person && has(keys, 'Account Name')) return 'salesforceContacts';
  if (
    has(keys, 'Account Name') &&
    has(keys, 'Account ID', 'Account Owner', 'Billing City', 'Billing Country')
  ) {
    return 'salesforceAccounts';
  }
  return 'spreadsheet';
}

/** The prefix of external ids read from a source's id columns: `hubspot:123`. */
export function externalIdSystem(source: ImportSource): string {
  if (source.startsWith('hubspot')) return 'hubspot';
  if (source.startsWith('salesforce')) return 'salesforce';
  return 'sheet';
}

/** Whether a source describes people (contacts) rather than companies. */
export const isPeopleSource = (source: ImportSource) =>
  source === 'hubspotContacts' || source === 'salesforceContacts' || source === 'vcard';

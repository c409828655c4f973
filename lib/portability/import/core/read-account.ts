/** The company a row describes or names, as an account part (see lib/portability/import/core/record.ts). */

import { emptyAccountDraft } from '../../../model/defaults';
import { isFreeMailDomain } from '../../../model/free-mail';
import { visibleName } from '../../../model/invisible';
import { NAME_MAX } from '../../../model/limits';
import { normalizeDomain, normalizeWebsite } from '../../../model/normalize';
import type { AccountDraft, FieldErrors } from '../../../model/types';
import { hasErrors, validateAccountFields } from '../../../model/validate';
import { toCalendarDate } from './dates';
import type { ImportField } from './fields';
import { choice, collectIds, dateTime, dropInvalid, fieldsToCheck, type RowContext } from './row-context';
import type { AccountPart } from './types';
import { composeAddress, splitEmails, splitList, splitPhones } from './values';
import { parseChoice, parseIndustry, parseLifecycleStage, parseTier } from './vocab';

/**
 * The account part of a row: the company it describes (`reference` false: a companies export, or
 * a sheet with the company's website, industry, address…) or merely names (a person's company by
 * name, domain or id). Null when there is none worth keeping; the row's issues say why.
 */
export function readAccount(ctx: RowContext, reference: boolean): AccountPart | null {
  ctx.part = 'account';
  const draft = emptyAccountDraft();
  const filled = new Set<string>();
  const externalIds: string[] = [];
  const text = (field: ImportField, path: string, assign: (v: string) => void) => {
    const cell = ctx.first(field);
    if (!cell) return;
    assign(cell.value);
    ctx.set(path, cell.column);
    filled.add(path);
  };
  text('account.name', 'name', (v) => {
    draft.name = oneLine(v);
  });
  if (!draft.name) text('contact.companyName', 'name', (v) => (draft.name = oneLine(v)));
  for (const cell of ctx.cells('account.aliases')) {
    for (const alias of ctx.list(cell.value))
      ctx.add(draft.aliases, 'aliases', visibleName(alias), cell.column);
  }
  if (draft.aliases.length) filled.add('aliases');
  text('account.legalName', 'basic.legalName', (v) => (draft.basic.legalName = v));
  const website = ctx.first('account.website');
  if (website) {
    const [first, ...more] = splitList(website.value);
    draft.basic.website = normalizeWebsite(first ?? '');
    ctx.set('basic.website', website.column);
    filled.add('basic.website');
    for (const url of [first ?? '', ...more]) {
      ctx.add(draft.websiteDomains, 'websiteDomains', domainOf(url), website.column);
    }
  }
  for (const cell of [...ctx.cells('account.domain'), ...ctx.cells('contact.companyDomain')]) {
    for (const d of splitList(cell.value))
      ctx.add(draft.websiteDomains, 'websiteDomains', domainOf(d), cell.column);
  }
  if (draft.websiteDomains.length) filled.add('websiteDomains');
  for (const cell of ctx.cells('account.emailDomain')) {
    for (const d of splitList(cell.value))
      ctx.add(draft.emailDomains, 'emailDomains', domainOf(d), cell.column);
  }
  const email = ctx.first('account.email');
  if (email) {
    const address = splitEmails(email.value)[0] ?? '';
    draft.basic.email = address;
    ctx.set('basic.email', email.column);
    filled.add('basic.email');
    const domain = address.split('@')[1] ?? '';
    if (domain && !isFreeMailDomain(domain))
      ctx.add(draft.emailDomains, 'emailDomains', domain, email.column);
  }
  if (draft.emailDomains.length) filled.add('emailDomains');
  const phone = ctx.first('account.phone');
  if (phone) {
    draft.basic.phone = splitPhones(phone.value)[0] ?? '';
    ctx.set('basic.phone', phone.column);
    filled.add('basic.phone');
  }
  const fax = ctx.first('account.fax');
  if (fax) {
    draft.basic.fax = splitPhones(fax.value)[0] ?? '';
    ctx.set('basic.fax', fax.column);
    filled.add('basic.fax');
  }
  readAddress(ctx, draft, filled);
  let industryText = '';
  const industry = ctx.first('account.industry');
  if (industry) {
    const found = parseIndustry(industry.value);
    draft.industry = found.industry;
    filled.add('industry');
    if (!found.matched) industryText = industry.value;
  }
  choice(ctx, 'account.tier', 'tier', parseTier, (v) => (draft.tier = v), filled);
  choice(
    ctx,
    'account.portfolioQuadrant',
    'portfolioQuadrant',
    (v) => parseChoice('portfolioQuadrant', v),
    (v) => (draft.portfolioQuadrant = v),
    filled,
  );
  choice(
    ctx,
    'account.lifecycleStage',
    'lifecycleStage',
    parseLifecycleStage,
    (v) => (draft.lifecycleStage = v),
    filled,
  );
  text('account.description', 'business.description', (v) => (draft.business.description = v));
  text('account.size', 'business.size', (v) => (draft.business.size = v));
  text('account.taxId', 'basic.taxId', (v) => (draft.basic.taxId = v));
  choice(
    ctx,
    'account.nextContactDate',
    'nextContactDate',
    toCalendarDate,
    (v) => (draft.nextContactDate = v),
    filled,
    'invalidDate',
  );
  const createdAt = dateTime(ctx, 'account.createdAt');
  collectIds(ctx, externalIds, 'account');
  if (reference) collectIds(ctx, externalIds, 'company');
  if (industryText && !draft.business.description.includes(industryText)) {
    draft.business.description = [draft.business.description, industryText].filter(Boolean).join('\n');
    filled.add('business.description');
  }
  // A person's company known by its name alone (a contacts export) has nothing else to check.
  const nameOnly = reference && draft.websiteDomains.length === 0 && draft.emailDomains.length === 0;
  const errors: FieldErrors = nameOnly
    ? draft.name.length > NAME_MAX
      ? { name: 'tooLong' }
      : {}
    : validateAccountFields(draft, fieldsToCheck(filled, draft.name, false));
  const clean = dropInvalid(ctx, draft, errors, 'account', filled);
  if (!clean) return null;
  if (!reference && !draft.name.trim()) {
    ctx.issue(ctx.mappedColumn('account.name', 'contact.companyName'), 'name', 'required', 'error');
    ctx.refused.push({ part: 'account', reason: 'noName' });
    return null;
  }
  const checked = !nameOnly && !hasErrors(errors) && draft.name.trim() !== '';
  return { draft, externalIds, reference, createdAt, filled: [...filled], industryText, checked };
}

/**
 * `normalizeDomain` without its URL parse for the common case — a plain ASCII host, perhaps with
 * a scheme, `www.` or a path (the parse costs more than the rest of a row).
 */
function domainOf(input: string): string {
  const m = /^\s*(?:https?:\/\/)?(?:www\.)?([a-zA-Z0-9.-]+)(?:[:/?#]|\s*$)/i.exec(input);
  return m ? m[1]!.toLowerCase().replace(/\.$/, '') : normalizeDomain(input);
}

/** A name typed over two lines of a cell is one name; nothing invisible stays in it. */
const oneLine = (s: string) => visibleName(s).replace(/\s+/g, ' ').trim();

function readAddress(ctx: RowContext, draft: AccountDraft, filled: Set<string>) {
  const whole = ctx.first('account.address');
  const part = (field: ImportField) =>
    ctx
      .cells(field)
      .map((c) => c.value)
      .join(', ');
  const parts = {
    street: part('account.street'),
    city: part('account.city'),
    state: part('account.state'),
    postalCode: part('account.postalCode'),
    country: part('account.country'),
  };
  const composed = composeAddress(parts);
  const address = whole
    ? composed && !whole.value.includes(composed)
      ? `${whole.value}, ${composed}`
      : whole.value
    : composed;
  if (!address) return;
  // Lines of a street (Salesforce's Billing Street) read as one line; a whole address keeps its own.
  draft.basic.address = whole && !composed ? whole.value : address.replace(/\n+/g, ', ');
  const column =
    whole?.column ?? ctx.cells('account.street')[0]?.column ?? ctx.cells('account.city')[0]?.column;
  if (column !== undefined) ctx.set('basic.address', column);
  filled.add('basic.address');
}

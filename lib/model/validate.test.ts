import { describe, expect, it } from 'vitest';
import {
  emptyAccountDraft,
  emptyContactDraft,
  emptyPricingNoteDraft,
  emptyTimelineNoteDraft,
} from './defaults';
import { linkProvenance } from './provenance';
import {
  validateAccount,
  validateAccountFields,
  validateContact,
  validateContactFields,
  validatePricingNote,
  validateTimelineNote,
} from './validate';

const account = { ...emptyAccountDraft(), name: 'Acme' };
const contact = { ...emptyContactDraft('a'), name: '李伟' };
const price = { ...emptyPricingNoteDraft('a'), product: 'SD-WAN' };
const note = { ...emptyTimelineNoteDraft('a', new Date('2026-11-22T10:00:00Z')), text: 'x' };

describe('validation', () => {
  it('accepts the empty drafts once the required name/text is filled', () => {
    expect(validateAccount(account)).toEqual({});
    expect(validateContact(contact)).toEqual({});
    expect(validatePricingNote(price)).toEqual({});
    expect(validateTimelineNote(note)).toEqual({});
  });

  it.each([
    [{ name: '' }, { name: 'required' }],
    [{ name: 'x'.repeat(201) }, { name: 'tooLong' }],
    [{ websiteDomains: ['acme'] }, { 'websiteDomains.0': 'invalidDomain' }],
    [{ nextContactDate: '2026-13-01' }, { nextContactDate: 'invalidDate' }],
    [{ cadenceDays: Number.NaN }, { cadenceDays: 'notANumber' }],
    [{ basic: { ...account.basic, website: 'javascript:alert(1)' } }, { 'basic.website': 'invalidUrl' }],
    [
      { business: { ...account.business, fiscalYearStart: '13-01' } },
      { 'business.fiscalYearStart': 'invalidMonthDay' },
    ],
  ])('account %o → %o', (patch, errors) => {
    expect(validateAccount({ ...account, ...patch })).toEqual(errors);
    // An importer checks only the fields it set: the same errors.
    expect(validateAccountFields({ ...account, ...patch }, Object.keys(patch))).toEqual(errors);
  });

  it.each([
    [{ emails: ['li.wei@acme'] }, { 'emails.0': 'invalidEmail' }],
    [{ phones: ['+86 139 1234 5678', '12'] }, { 'phones.1': 'invalidPhone' }],
    [{ phones: ['025-8888 0000 转 123'] }, {}],
    [{ birthday: '--02-30' }, { birthday: 'invalidDate' }],
    [{ birthday: '--05-20' }, {}],
    [{ buyingRole: 'boss' }, { buyingRole: 'invalidChoice' }],
  ])('contact %o → %o', (patch, errors) => {
    // patches may hold values the types forbid: that is what validation is for
    expect(validateContact({ ...contact, ...(patch as object) })).toEqual(errors);
    expect(validateContactFields({ ...contact, ...(patch as object) }, Object.keys(patch))).toEqual(errors);
  });

  it('checking only some fields: the others are not looked at; a name that is no field is an error', () => {
    const wrong = { ...account, websiteDomains: ['acme'], nextContactDate: 'soon' };
    expect(validateAccountFields(wrong, ['websiteDomains'])).toEqual({ 'websiteDomains.0': 'invalidDomain' });
    expect(validateAccountFields(wrong, [])).toEqual({});
    expect(validateAccountFields(account, ['nope'])).toEqual({ nope: 'invalidChoice' });
  });

  it.each([
    [{ listPrice: 100, floorPrice: 120 }, { floorPrice: 'floorAboveList' }],
    [{ listPrice: 100, floorPrice: 100 }, {}],
    [{ listPrice: -1 }, { listPrice: 'negative' }],
    [{ approvedDiscountPct: 101 }, { approvedDiscountPct: 'discountOutOfRange' }],
    [{ validUntil: '31/12/2026' }, { validUntil: 'invalidDate' }],
  ])('pricing note %o → %o', (patch, errors) => {
    expect(validatePricingNote({ ...price, ...patch })).toEqual(errors);
  });

  it('notes need http(s) sources and real timestamps', () => {
    expect(validateTimelineNote({ ...note, source: linkProvenance('javascript:alert(1)', '') })).toEqual({
      'source.url': 'invalidUrl',
    });
    expect(validateTimelineNote({ ...note, occurredAt: 'yesterday' })).toEqual({ occurredAt: 'invalidDate' });
  });
});

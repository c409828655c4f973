import { describe, expect, it } from 'vitest';
import { validatePricingNote, validateTalkingPoint, validateTimelineNote } from '../../model/validate';
import {
  type CapturedSelection,
  cleanSelection,
  clipNoteDraft,
  clipPricingNoteDraft,
  clipTalkingPointDraft,
  provenanceOf,
} from './clip';
import { parsePrice } from './price';

const now = new Date('2026-11-22T09:30:00Z');
const captured: CapturedSelection = {
  url: 'https://mail.google.com/mail/u/0/#inbox/FMfcg',
  title: 'Re: 2027 network plan - Gmail',
  text: '  Budget for 2027 goes up 30%.\r\n\r\n\r\n\r\nDecision by the CFO in March.  \n',
  heading: 'Re: 2027 network plan',
  email: { from: 'wang.fang@js-telecom.cn', subject: 'Re: 2027 network plan' },
};

describe('clipping a selection', () => {
  it('keeps paragraphs, drops runs of blank lines and edge spaces', () => {
    expect(cleanSelection(captured.text)).toBe(
      'Budget for 2027 goes up 30%.\n\nDecision by the CFO in March.',
    );
    expect(cleanSelection('x'.repeat(50), 10)).toBe('xxxxxxxxx…');
  });

  it('records the provenance: url, title, time, selection, heading, sender and subject', () => {
    expect(provenanceOf(captured, now)).toEqual({
      url: captured.url,
      title: 'Re: 2027 network plan - Gmail',
      capturedAt: '2026-11-22T09:30:00.000Z',
      selection: 'Budget for 2027 goes up 30%.\n\nDecision by the CFO in March.',
      heading: 'Re: 2027 network plan',
      email: { from: 'wang.fang@js-telecom.cn', subject: 'Re: 2027 network plan' },
    });
  });

  it('makes a valid clip note happening at the capture time', () => {
    const draft = clipNoteDraft('acc-1', provenanceOf(captured, now));
    expect(draft).toMatchObject({ kind: 'clip', occurredAt: '2026-11-22T09:30:00.000Z', followUpDate: null });
    expect(draft.text).toBe(draft.source?.selection);
    expect(validateTimelineNote(draft)).toEqual({});
  });

  it('refuses a provenance whose URL is not http(s)', () => {
    const draft = clipNoteDraft('acc-1', provenanceOf({ ...captured, url: 'javascript:alert(1)' }, now));
    expect(validateTimelineNote(draft)).toEqual({ 'source.url': 'invalidUrl' });
  });

  it('makes a one-line talking point, cut to the talking-point length', () => {
    const long = { ...captured, text: `${'word '.repeat(1000)}\nend` };
    const draft = clipTalkingPointDraft('acc-1', provenanceOf(long, now));
    expect(draft.text.length).toBeLessThanOrEqual(2000);
    expect(draft.text).not.toContain('\n');
    expect(validateTalkingPoint(draft)).toEqual({});
    expect(draft.source?.selection.length).toBeGreaterThan(2000);
  });

  it('prefills a pricing note with the price the selection names and the heading as product', () => {
    const source = provenanceOf(
      { ...captured, heading: 'SD-WAN 报价', text: '专线 200M 报价 ¥12,800/月，含安装' },
      now,
    );
    const draft = clipPricingNoteDraft('acc-1', source);
    expect(draft).toMatchObject({ product: 'SD-WAN 报价', currency: 'CNY', listPrice: 12800 });
    expect(validatePricingNote(draft)).toEqual({});
  });

  it('leaves the product for the rep when the page has no heading', () => {
    const draft = clipPricingNoteDraft('acc-1', provenanceOf({ ...captured, heading: '' }, now));
    expect(validatePricingNote(draft)).toEqual({ product: 'required' });
  });
});

describe('parsePrice', () => {
  it.each([
    ['List price ¥12,800 per month', { currency: 'CNY', amount: 12800 }],
    ['报价 3.5万元', { currency: 'CNY', amount: 35000 }],
    ['12800元/年', { currency: 'CNY', amount: 12800 }],
    ['RMB 3.5万', { currency: 'CNY', amount: 35000 }],
    ['$4,500.00 a site', { currency: 'USD', amount: 4500 }],
    ['USD 4.5k per link', { currency: 'USD', amount: 4500 }],
    ['HK$1,200', { currency: 'HKD', amount: 1200 }],
    ['€990 monthly', { currency: 'EUR', amount: 990 }],
    ['200 美元', { currency: 'USD', amount: 200 }],
    ['no price here, only 200M bandwidth', null],
  ])('%s → %o', (text, expected) => {
    expect(parsePrice(text)).toEqual(expected);
  });
});

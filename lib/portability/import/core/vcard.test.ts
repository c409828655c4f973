import { describe, expect, it } from 'vitest';
import { decodeQuotedPrintable, MAX_PARAMETER_VALUES, parseVcards, readVcards } from './vcard';

const card = (...lines: string[]) => ['BEGIN:VCARD', ...lines, 'END:VCARD'].join('\r\n');

describe('parseVcards', () => {
  it('keeps at most MAX_PARAMETER_VALUES parameter values of a property, however many the line has', () => {
    // 700 KB: a hostile line once kept the import busy for minutes (each value copied the list).
    const hostile = `TEL${';TYPE=x'.repeat(100_000)}:+1 555 0100`;
    const { cards } = parseVcards(
      card('VERSION:3.0', 'FN:Attack', hostile, `EMAIL;TYPE=${'a,'.repeat(50_000)}b:a@x.com`),
    );
    const [tel, email] = cards[0]!.properties.filter((p) => p.name === 'TEL' || p.name === 'EMAIL');
    expect(tel?.params.TYPE).toHaveLength(MAX_PARAMETER_VALUES);
    expect(tel?.value).toBe('+1 555 0100');
    expect(email?.params.TYPE).toHaveLength(MAX_PARAMETER_VALUES);
    expect(email?.value).toBe('a@x.com');
  });

  it('takes a parameter named __proto__ or constructor as a parameter, polluting nothing', () => {
    const { cards } = parseVcards(card('VERSION:3.0', 'TEL;__proto__=x;constructor=y:+1 555'));
    const tel = cards[0]!.properties.find((p) => p.name === 'TEL')!;
    expect(Object.keys(tel.params).sort()).toEqual(['CONSTRUCTOR', '__PROTO__']);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(tel.value).toBe('+1 555');
  });

  it('groups, parameters (bare 2.1 types, quoted 4.0 values), names upper-cased', () => {
    const { cards } = parseVcards(
      card(
        'VERSION:4.0',
        'item1.EMAIL;type=INTERNET;type=pref:a@x.com',
        'TEL;VALUE=uri;TYPE="voice,work":tel:+1-555',
      ),
    );
    expect(cards[0]?.properties.slice(1)).toEqual([
      {
        group: 'item1',
        name: 'EMAIL',
        params: { TYPE: ['INTERNET', 'pref'] },
        value: 'a@x.com',
        components: ['a@x.com'],
      },
      {
        group: '',
        name: 'TEL',
        params: { VALUE: ['uri'], TYPE: ['voice', 'work'] },
        value: 'tel:+1-555',
        components: ['tel:+1-555'],
      },
    ]);
  });

  it('unfolds folded lines (one leading space or tab is the fold)', () => {
    const { cards } = parseVcards(card('VERSION:3.0', 'NOTE:one', '  two', '\tthree'));
    expect(cards[0]?.properties[1]?.value).toBe('one twothree');
  });

  it('3.0 escapes: \\n \\, \\; \\\\; compound values split on unescaped ;', () => {
    const { cards } = parseVcards(card('VERSION:3.0', 'ORG:Acme\\; Sons;Sales\\, East', 'NOTE:a\\nb\\\\c'));
    expect(cards[0]?.properties[1]?.components).toEqual(['Acme; Sons', 'Sales, East']);
    expect(cards[0]?.properties[2]?.value).toBe('a\nb\\c');
  });

  it('2.1 QUOTED-PRINTABLE: soft line breaks, bare QUOTED-PRINTABLE, CHARSET', () => {
    const { cards } = parseVcards(
      card(
        'VERSION:2.1',
        'NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:=E5=96=9C=E6=AC=A2=',
        '=E8=8C=B6',
        'FN;QUOTED-PRINTABLE;CHARSET=GB2312:=C0=EE=C4=C8',
        'TITLE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Kin=C3=A9sith=C3=A9rapeute',
      ),
    );
    expect(cards[0]?.properties.slice(1).map((p) => p.value)).toEqual(['喜欢茶', '李娜', 'Kinésithérapeute']);
  });

  it('an unknown CHARSET falls back to UTF-8', () => {
    expect(decodeQuotedPrintable('=C3=A9t=C3=A9', 'x-unknown')).toBe('été');
  });

  it('reports a card without END, and an END without BEGIN, by line', () => {
    const { cards, issues } = parseVcards(
      ['BEGIN:VCARD', 'FN:A', 'BEGIN:VCARD', 'FN:B', 'END:VCARD', 'END:VCARD', 'BEGIN:VCARD', 'FN:C'].join(
        '\n',
      ),
    );
    expect(cards.map((c) => c.line)).toEqual([3]);
    expect(issues.map((i) => [i.row, i.code])).toEqual([
      [1, 'missingEnd'],
      [6, 'missingBegin'],
      [7, 'missingEnd'],
    ]);
  });
});

describe('readVcards', () => {
  it('a card → a contact with its company; N in Chinese order when FN is missing', () => {
    const { records } = readVcards(
      card(
        'VERSION:3.0',
        'N:王;芳;;;',
        'ORG:华东精密;采购部',
        'EMAIL:wang@hdjm.cn',
        'TEL:138 0013 8000',
        'BDAY:--0315',
      ),
    );
    expect(records[0]).toMatchObject({
      row: 1,
      account: { reference: true, draft: { name: '华东精密' } },
      contact: {
        draft: { name: '王芳', emails: ['wang@hdjm.cn'], phones: ['138 0013 8000'], birthday: '--03-15' },
      },
      issues: [],
    });
  });

  it('a card without any name is refused with an error on FN; one with only an email is named from it', () => {
    const { records } = readVcards(
      [card('VERSION:3.0', 'TEL:+1 555 0100'), card('VERSION:3.0', 'EMAIL:li.wei@acme.com')].join('\r\n'),
    );
    expect(records[0]).toMatchObject({
      contact: null,
      refused: [{ part: 'contact', reason: 'noName' }],
      issues: [{ row: 1, column: 'FN', code: 'required', severity: 'error' }],
    });
    expect(records[1]).toMatchObject({
      contact: { draft: { name: 'Li Wei' } },
      issues: [{ column: 'EMAIL', code: 'nameFromEmail', severity: 'warning' }],
    });
  });
});

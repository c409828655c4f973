import { describe, expect, it } from 'vitest';
import { packSnapshot, unpackSnapshot } from './snapshot-bytes';

const roundTrip = async <T>(value: T): Promise<T> =>
  unpackSnapshot<T>(await packSnapshot(value).arrayBuffer());

describe('snapshot bytes', () => {
  it('gives back a tree of typed arrays, long and short strings, numbers and nulls', async () => {
    const value = {
      version: 3,
      flags: new Uint8Array([1, 2, 3]), // 3 bytes: the next run must be realigned
      ids: new Int32Array([-1, 0, 2 ** 31 - 1]),
      ends: new Uint32Array([4, 2 ** 32 - 1]),
      chars: new Uint16Array([0x4e2d, 65]),
      weights: new Float64Array([0.5, -1e300]),
      labels: `中国电信 Acme 😀 ${'x'.repeat(1000)}`,
      short: 'acme.com',
      nested: {
        table: { keys: new Int16Array([-7, 7]), none: null, ok: true },
        list: [1, 'two', new Int8Array([-3])],
      },
    };
    const back = await roundTrip(value);
    expect(back).toEqual(value);
    expect(back.ids).toBeInstanceOf(Int32Array);
    expect(back.weights).toBeInstanceOf(Float64Array);
    expect(back.nested.list[2]).toBeInstanceOf(Int8Array);
  });

  it('restores arrays as aligned views onto the bytes read, not copies', async () => {
    const bytes = await packSnapshot({
      a: new Uint8Array(5).fill(9),
      b: new Float64Array([1.25, 2]),
    }).arrayBuffer();
    const back = unpackSnapshot<{ a: Uint8Array; b: Float64Array }>(bytes);
    expect(back.b.buffer).toBe(bytes);
    expect(back.b.byteOffset % 8).toBe(0);
    expect(back.a.buffer).toBe(bytes);
  });

  it('keeps a long string with an unpaired surrogate intact', async () => {
    const odd = `${'a'.repeat(300)}\ud800${'b'.repeat(10)}`;
    expect((await roundTrip({ odd })).odd).toBe(odd);
  });

  it('refuses what it cannot store, and bytes that are not a snapshot', async () => {
    expect(() => packSnapshot({ big: new BigInt64Array(1) })).toThrow(/BigInt64Array/);
    expect(() => unpackSnapshot(new ArrayBuffer(2))).toThrow(/too short/);
    const lying = new Uint32Array([1000]).buffer;
    expect(() => unpackSnapshot(lying)).toThrow(/past its end/);
  });
});

/**
 * A derived index (the matcher's, the quick search's) as one run of bytes, stored as a Blob.
 *
 * Why: IndexedDB deserialises a stored object of typed arrays (or even one large ArrayBuffer) at
 * about 7 ms a megabyte in Chromium, while a stored Blob is read back with `arrayBuffer()` at
 * about a third of that. And once read, the arrays here are views onto that one buffer, aligned,
 * so nothing is copied again: restoring costs the read of the bytes, not the rebuilding of
 * objects.
 *
 * The layout: a little-endian uint32 header length, the header (the value's tree as JSON, each
 * typed array and each long string replaced by where its bytes are), then the bytes, each run
 * aligned to 8. Long strings are kept as UTF-8: the index's labels and ids are mostly ASCII, which
 * takes half the bytes of UTF-16 and decodes at memory speed.
 */

const ARRAY_TYPES = {
  Int8Array,
  Uint8Array,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
} as const;
type ArrayTypeName = keyof typeof ARRAY_TYPES;
type AnyTypedArray = InstanceType<(typeof ARRAY_TYPES)[ArrayTypeName]>;

/** Strings shorter than this stay in the header; a longer one becomes a run of UTF-8. */
const INLINE_STRING = 256;
/** The marker of a run in the header: a key no value of ours has. */
const RUN = '\u0000run';
type Run = [type: ArrayTypeName | 'string', byteOffset: number, length: number];

export function packSnapshot(value: unknown): Blob {
  const encoder = new TextEncoder();
  const parts: ArrayBufferView[] = [];
  let offset = 0;
  const place = (view: ArrayBufferView): number => {
    const pad = (8 - (offset % 8)) % 8;
    if (pad) parts.push(new Uint8Array(pad));
    offset += pad;
    const at = offset;
    parts.push(view);
    offset += view.byteLength;
    return at;
  };
  const encode = (v: unknown): unknown => {
    if (ArrayBuffer.isView(v)) {
      const type = v.constructor.name as ArrayTypeName;
      if (!(type in ARRAY_TYPES)) throw new TypeError(`packSnapshot: cannot store a ${type}`);
      return { [RUN]: [type, place(v), (v as AnyTypedArray).length] satisfies Run };
    }
    // A string with an unpaired surrogate would not survive UTF-8: JSON keeps it.
    if (typeof v === 'string' && v.length >= INLINE_STRING && v.isWellFormed()) {
      const utf8 = encoder.encode(v);
      return { [RUN]: ['string', place(utf8), utf8.length] satisfies Run };
    }
    if (Array.isArray(v)) return v.map(encode);
    if (v && typeof v === 'object') {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, encode(x)]));
    }
    return v;
  };
  const header = encoder.encode(JSON.stringify(encode(value)));
  const start = 4 + header.length + ((8 - ((4 + header.length) % 8)) % 8);
  const prefix = new Uint8Array(start);
  new DataView(prefix.buffer).setUint32(0, header.length, true);
  prefix.set(header, 4);
  // Offsets are relative to the end of the prefix, which is itself a multiple of 8.
  return new Blob([prefix, ...(parts as Uint8Array<ArrayBuffer>[])]);
}

/** The value `packSnapshot` stored; its typed arrays are views onto `bytes` (do not mutate them). */
export function unpackSnapshot<T>(bytes: ArrayBuffer): T {
  const view = new DataView(bytes);
  if (bytes.byteLength < 4) throw new Error('Snapshot too short');
  const headerLength = view.getUint32(0, true);
  if (4 + headerLength > bytes.byteLength) throw new Error('Snapshot header runs past its end');
  const utf8 = new TextDecoder();
  const header = utf8.decode(new Uint8Array(bytes, 4, headerLength));
  const base = 4 + headerLength + ((8 - ((4 + headerLength) % 8)) % 8);
  return JSON.parse(header, (_key, v) => {
    if (!v || typeof v !== 'object' || !(RUN in v)) return v;
    const [type, offset, length] = v[RUN] as Run;
    if (type === 'string') return utf8.decode(new Uint8Array(bytes, base + offset, length));
    const Type = ARRAY_TYPES[type];
    if (!Type) throw new Error(`Snapshot holds an unknown array type ${type}`);
    return new Type(bytes, base + offset, length);
  }) as T;
}

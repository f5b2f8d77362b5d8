import { describe, expect, it } from 'vitest';
import * as lexicon from '../../src/parse/lexicon.js';
import { ABBREVIATIONS, FAMILY_NAMES, TYPE_NAMES } from '../../src/parse/lexicon.js';

type Entry = string | readonly [string, string];

// Every exported list of the lexicon, found by looking, so that a list added later is checked too.
const LISTS: [string, readonly Entry[]][] = Object.entries(lexicon)
  .filter(([, v]) => Array.isArray(v))
  .map(([k, v]) => [k, v as readonly Entry[]]);

describe('lexicon', () => {
  it('exports the lists the parser relies on', () => {
    expect(LISTS.map(([name]) => name)).toEqual(
      expect.arrayContaining(['ABBREVIATIONS', 'FAMILY_NAMES', 'TYPE_NAMES', 'ORG_HEADS', 'GENERIC_HEADS', 'PREDICATE_STARTS', 'DIRECTIVE_VERBS', 'TITLES']),
    );
  });

  describe.each(LISTS)('%s', (_name, list) => {
    const strings = list.flatMap((e) => (typeof e === 'string' ? [e] : [...e]));
    const keys = list.map((e) => (typeof e === 'string' ? e : e[0]));

    it('is not empty', () => {
      expect(list.length).toBeGreaterThan(0);
    });

    it('has every entry in NFC', () => {
      expect(strings.filter((s) => s !== s.normalize('NFC'))).toEqual([]);
    });

    it('has no duplicates', () => {
      expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
    });

    it('has no empty entries and no stray white space', () => {
      expect(strings.filter((s) => s === '' || s !== s.trim() || /\s{2,}/u.test(s))).toEqual([]);
    });
  });

  it('has unique ABBREVIATIONS keys and non-empty expansions that differ from them', () => {
    const keys = ABBREVIATIONS.map(([k]) => k);
    expect(new Set(keys).size).toBe(keys.length);
    for (const [k, v] of ABBREVIATIONS) {
      expect(v.length, k).toBeGreaterThan(0);
      if (k !== 'ISO') expect(v, k).not.toBe(k);
    }
  });

  it('expands the common abbreviations of administrative names', () => {
    const map = new Map(ABBREVIATIONS);
    expect(map.get('UBND')).toBe('Ủy ban nhân dân');
    expect(map.get('HĐND')).toBe('Hội đồng nhân dân');
    expect(map.get('BCĐ')).toBe('Ban Chỉ đạo');
    expect(map.get('KH&CN')).toBe('Khoa học và Công nghệ');
    expect(map.get('TN&MT')).toBe('Tài nguyên và Môi trường');
    expect(map.get('LĐTB&XH')).toBe('Lao động - Thương binh và Xã hội');
    expect(map.get('GD&ĐT')).toBe('Giáo dục và Đào tạo');
    expect(map.get('VH,TT&DL')).toBe('Văn hóa, Thể thao và Du lịch');
    expect(map.get('NN&PTNT')).toBe('Nông nghiệp và Phát triển nông thôn');
  });

  it('writes expansions with the new tone placement ("Ủy", "hóa")', () => {
    for (const [k, v] of ABBREVIATIONS) expect(/uỷ|Uỷ|oà|oá|oả/u.test(v), `${k}: ${v}`).toBe(false);
  });

  it('has type names in capitals with unique Decree 30 abbreviations', () => {
    for (const [name] of TYPE_NAMES) expect(name, name).toBe(name.toUpperCase());
    const abbr = TYPE_NAMES.map(([, a]) => a);
    expect(new Set(abbr).size).toBe(abbr.length);
    expect(new Map(TYPE_NAMES).get('THÔNG BÁO')).toBe('TB');
  });

  it('has family names as single capitalised words', () => {
    for (const f of FAMILY_NAMES) expect(/^\p{Lu}\p{Ll}*$/u.test(f), f).toBe(true);
    expect(FAMILY_NAMES).toEqual(expect.arrayContaining(['Nguyễn', 'Dương', 'Lê', 'Trần', 'Giàng']));
  });
});

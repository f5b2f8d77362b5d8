import { describe, expect, it } from 'vitest';
import { analyseTimeExpressions, PARSERS } from '../../src/parse/deadlines/index.js';
import { prepare, preparePlain } from '../../src/parse/deadlines/patterns.js';
import { NOT_PLAIN, positionsOfLastText, W, wordsIn, wordsOf } from '../../src/parse/deadlines/triggers.js';
import table from './phrases.json' with { type: 'json' };

describe('the words pass', () => {
  it('finds each word, and both words of a two-word key', () => {
    expect(wordsIn('báo cáo ngay')).toBe(W.NGAY);
    expect(wordsIn('ngày 15')).toBe(W.NGAY_DAY);
    expect(wordsIn('năm học 2017-2018')).toBe(W.NAM | W.NAM_HOC | W.DAY_NUMBER);
    expect(wordsIn('nhiệm kỳ')).toBe(W.NHIEM | W.NHIEM_KY);
    expect(wordsIn('nhiệm vụ')).toBe(W.NHIEM);
    expect(wordsIn('định  kỳ hằng tháng')).toBe(W.DINH | W.DINH_KY | W.EVERY | W.THANG);
    expect(wordsIn('năm\nhọc')).toBe(W.NAM | W.NAM_HOC);
    expect(wordsIn('thường xuyên, liên tục')).toBe(W.THUONG | W.THUONG_XUYEN | W.LIEN | W.LIEN_TUC);
    expect(wordsIn('giai đoạn')).toBe(W.GIAI | W.GIAI_DOAN);
    expect(wordsIn('hàng tuần, mỗi quý')).toBe(W.EVERY | W.TUAN | W.QUY);
    expect(wordsIn('đến hết năm, cuối quý')).toBe(W.END_OF | W.NAM | W.QUY);
    expect(wordsIn('không quá 3 lần')).toBe(W.QUA | W.LAN);
    expect(wordsIn('khẩn trương, kịp thời, trước Tết'.toLowerCase())).toBe(W.KHAN | W.KIP | W.TRUOC | W.TET);
    expect(wordsIn('trong tối đa, sau, chậm nhất')).toBe(W.TRONG | W.TOI | W.SAU | W.CHAM);
    expect(wordsIn('3.7')).toBe(W.DAY_NUMBER);
    expect(wordsIn('Các đơn vị phối hợp chặt chẽ.')).toBe(0);
  });

  it('sees overlapping and repeated words', () => {
    expect(wordsIn('1/2/3')).toBe(W.DAY_NUMBER);
    expect(wordsIn('ngay ngày')).toBe(W.NGAY | W.NGAY_DAY);
    expect(wordsIn('ngangay')).toBe(W.NGAY);
    expect(wordsIn('nhiệm nhiệm  kỳ')).toBe(W.NHIEM | W.NHIEM_KY);
    expect(wordsIn('nhiệm   kỳ')).toBe(W.NHIEM);
    expect(wordsIn('12.12-1')).toBe(W.DAY_NUMBER);
    expect(wordsIn('định\u3000kỳ')).toBe(W.DINH | W.DINH_KY);
  });

  it('reads a text as written as its lower case, and tells the texts that are not plain', () => {
    expect(wordsOf('ĐỊNH KỲ HẰNG THÁNG')).toBe(W.DINH | W.DINH_KY | W.EVERY | W.THANG);
    expect(wordsOf('Trước Ngày 15/10')).toBe(W.TRUOC | W.NGAY_DAY | W.DAY_NUMBER);
    expect(wordsOf('Các đơn vị')).toBe(0);
    expect(wordsOf('trước \u212a')).toBe(NOT_PLAIN);
    for (const r of [...table.positive, ...table.negative] as Array<{ sentence: string }>) {
      for (const text of [r.sentence, r.sentence.toUpperCase()]) expect(wordsOf(text)).toBe(wordsIn(text.toLowerCase()));
    }
  });

  it('agrees with patterns.ts on the alphabet, character by character', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const plain = prepare(ch).plain;
      if ((wordsOf(ch) !== NOT_PLAIN) !== plain) throw new Error(`U+${c.toString(16)}: alphabets disagree`);
      // wordsIn reads lower-cased text by the table: every character of the alphabet in a lower case
      // is its own lower case, and whitespace outside the alphabet is what wordsIn takes for it.
      for (const u of ch.toLowerCase()) {
        if (prepare(u).plain && u.toLowerCase() !== u) throw new Error(`U+${c.toString(16)}: lower case not stable`);
        if (!prepare(u).plain && /\s/.test(u) && wordsIn(`năm${u}học`) !== (W.NAM | W.NAM_HOC)) throw new Error(`U+${c.toString(16)}: space`);
      }
    }
  });
});

// Each parser runs only the patterns whose words the pass found, from shortly before the first of
// them to the last: on every sentence of the phrase table, in lower, upper and title case, alone and
// between other text, that finds exactly what running every pattern over the whole text finds.
describe('running only the patterns whose words occur, where they occur', () => {
  const rows = [...table.positive, ...table.negative] as Array<{ sentence: string }>;
  const filler = 'Các đơn vị phối hợp chặt chẽ, báo cáo kết quả. '.repeat(3);
  const variants = (s: string) => [
    s,
    s.toUpperCase(),
    s.replace(/(^|\s)(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase()),
    `${filler}${s} ${filler}${s} ${filler}`,
  ];
  it('changes no parser output', () => {
    let found = 0;
    for (const r of rows) {
      for (const text of variants(r.sentence)) {
        const seen = wordsOf(text);
        expect(seen).not.toBe(NOT_PLAIN);
        const s = preparePlain(text, positionsOfLastText());
        const whole = prepare(text);
        for (const p of PARSERS) {
          const all = p.parse(text, whole);
          found += all.length;
          expect((seen & p.words) !== 0 ? p.parse(text, s, seen) : []).toEqual(all);
        }
      }
    }
    expect(found).toBeGreaterThan(1000);
  });

  it('starts early enough for the longest lead: a clock and a weekday in front of the day', () => {
    const ctx = { ref: { date: '2026-03-02', certain: true } };
    const phrase = 'lúc  13 giờ 30 phút  ,  ngày  chủ  nhật  ,  ngày  15/10/2026';
    const text = `${filler}họp vào ${phrase}.`;
    const found = analyseTimeExpressions(text, ctx);
    expect(found.map((a) => a.deadline.text)).toEqual([`vào ${phrase}`]);
    expect(found).toEqual(analyseTimeExpressions(`${text}\nİ`, ctx));
  });

  it('does not use the positions of another text', () => {
    const text = `${filler}hoàn thành trước ngày 15/10/2026.`;
    const seen = wordsOf(text);
    const s = preparePlain(text, positionsOfLastText());
    wordsOf('ngày 1/1');
    expect(PARSERS[0]?.parse(text, s, seen)).toEqual(PARSERS[0]?.parse(text, prepare(text)));
  });
});

import { ruleById } from '../../src/rules/index.js';
import { VALID, edit, testRule } from './helpers.js';

const rule = (id: string) => {
  const r = ruleById(id);
  if (!r) throw new Error(`no rule ${id}`);
  return r;
};

// A party document: "ĐẢNG CỘNG SẢN VIỆT NAM" instead of the national title and motto, "Số 12-TB/HU".
const PARTY = edit({
  1: 'HUYỆN ỦY LỤC NAM | ĐẢNG CỘNG SẢN VIỆT NAM',
  2: '*',
  3: 'Số 12-TB/HU | Lục Nam, ngày 05 tháng 02 năm 2021',
  18: 'T/M BAN THƯỜNG VỤ',
  19: 'BÍ THƯ',
});

testRule(rule('nd30/national-title'), {
  valid: [VALID, edit({ 1: 'ỦY BAN NHÂN DÂN | CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM' }), { text: PARTY, name: 'party line' }],
  invalid: [
    { name: 'missing', text: edit({ 1: 'ỦY BAN NHÂN DÂN', 2: 'TỈNH BẮC GIANG' }), errors: [{ line: 1, column: 1, message: 'No national title' }] },
    { name: 'lower case', text: edit({ 1: 'ỦY BAN NHÂN DÂN | Cộng hòa xã hội chủ nghĩa Việt Nam' }), errors: [{ line: 1, column: 19, message: 'not all in capitals' }] },
    { name: 'OCR tone', text: edit({ 1: 'ỦY BAN NHÂN DÂN | CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM' }), errors: [{ line: 1, column: 19, message: 'misspelt' }] },
    { name: 'party line in lower case', text: edit({ 1: 'HUYỆN ỦY LỤC NAM | Đảng Cộng sản Việt Nam' }, PARTY), errors: [{ line: 1, column: 20, message: 'ĐẢNG CỘNG SẢN VIỆT NAM' }] },
  ],
});

testRule(rule('nd30/motto'), {
  valid: [VALID, { text: PARTY, name: 'party documents have no motto' }, { text: edit({ 1: 'ỦY BAN NHÂN DÂN', 2: 'TỈNH BẮC GIANG' }), name: 'no title: reported by national-title' }],
  invalid: [
    { name: 'en dash', text: edit({ 2: 'TỈNH BẮC GIANG | Độc lập – Tự do – Hạnh phúc' }), errors: [{ line: 2, column: 18, message: 'dash other than' }] },
    { name: 'no spaces', text: edit({ 2: 'TỈNH BẮC GIANG | Độc lập-Tự do-Hạnh phúc' }), errors: [{ line: 2, column: 18, message: 'hyphens or spaces' }] },
    { name: 'capitals', text: edit({ 2: 'TỈNH BẮC GIANG | Độc lập - Tự do - Hạnh Phúc' }), errors: [{ line: 2, column: 18, message: 'capitals' }] },
    { name: 'missing under the title', text: edit({ 2: 'TỈNH BẮC GIANG' }), errors: [{ line: 1, column: 19, message: 'No motto' }] },
  ],
});

testRule(rule('nd30/issuer'), {
  valid: [VALID, edit({ 1: 'UBND TỈNH BẮC GIANG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 2: 'VĂN PHÒNG | Độc lập - Tự do - Hạnh phúc' })],
  invalid: [
    { name: 'missing', text: edit({ 1: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 2: 'Độc lập - Tự do - Hạnh phúc' }), errors: [{ line: 3, column: 1, message: 'No issuing body' }] },
    { name: 'not in capitals', text: edit({ 1: 'Ủy ban nhân dân | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' }), errors: [{ line: 1, column: 1, message: '"ỦY BAN NHÂN DÂN"' }] },
  ],
});

testRule(rule('nd30/number-colon'), {
  valid: [VALID, { text: PARTY, name: 'party: no colon' }],
  invalid: [
    { name: 'no colon', text: edit({ 3: 'Số 05/TB-UBND | Bắc Giang, ngày 05 tháng 02 năm 2021' }), errors: [{ line: 3, column: 1, message: 'without a colon' }] },
    { name: 'space before colon', text: edit({ 3: 'Số : 05/TB-UBND | Bắc Giang, ngày 05 tháng 02 năm 2021' }), errors: [{ line: 3, column: 3, message: 'space before the colon' }] },
    { name: 'no number line', text: edit({ 3: 'Bắc Giang, ngày 05 tháng 02 năm 2021' }), errors: [{ line: 3, column: 1, message: 'No number line' }] },
    { name: '"SỐ:" in capitals', text: edit({ 3: 'SỐ: 05/TB-UBND | Bắc Giang, ngày 05 tháng 02 năm 2021' }), errors: [{ line: 3, column: 1, message: '"SỐ" in capitals; expected "Số"' }] },
  ],
});

testRule(rule('nd30/number-leading-zero'), {
  valid: [VALID, edit({ 3: 'Số: 307/TB-UBND | Bắc Giang, ngày 05 tháng 02 năm 2021' }), { text: edit({ 3: 'Số:      /TB-UBND | Bắc Giang, ngày 05 tháng 02 năm 2021' }), name: 'blank draft number' }],
  invalid: [{ text: edit({ 3: 'Số: 5/TB-UBND | Bắc Giang, ngày 05 tháng 02 năm 2021' }), errors: [{ line: 3, column: 5, message: 'expected "05"' }] }],
});

testRule(rule('nd30/symbol-format'), {
  valid: [
    VALID,
    { text: PARTY, name: 'party symbol' },
    { text: edit({ 3: 'Số:          /TB-UBND | Bắc Giang, ngày 05 tháng 02 năm 2021' }), name: 'blank serial' },
    edit({ 3: 'Số: 05/CTr-UBND | Bắc Giang, ngày 05 tháng 02 năm 2021' }),
    edit({ 3: 'Số: 07/CT-TTg | Hà Nội, ngày 05 tháng 02 năm 2021' }),
  ],
  invalid: [
    { name: 'space before "/" (Bắc Giang 307)', text: edit({ 3: 'Số: 307 /TB-UBND | Bắc Giang, ngày 05 tháng 02 năm 2021' }), errors: [{ line: 3, column: 8, message: 'space before "/"' }] },
    { name: 'space after "/"', text: edit({ 3: 'Số: 05/ TB-UBND | Bắc Giang, ngày 05 tháng 02 năm 2021' }), errors: [{ line: 3, column: 8, message: 'space after "/"' }] },
    { name: 'spaced hyphen', text: edit({ 3: 'Số: 05/TB - UBND | Bắc Giang, ngày 05 tháng 02 năm 2021' }), errors: [{ line: 3, column: 10, message: 'spaces around "-"' }] },
    { name: 'en dash', text: edit({ 3: 'Số: 05/TB–UBND | Bắc Giang, ngày 05 tháng 02 năm 2021' }), errors: [{ line: 3, column: 10, message: 'dash "–"' }] },
    { name: 'lower case', text: edit({ 3: 'Số: 05/Tb-UBND | Bắc Giang, ngày 05 tháng 02 năm 2021' }), errors: [{ line: 3, column: 8, message: '"TB"' }] },
    { name: 'hyphen instead of slash', text: edit({ 3: 'Số: 05-TB-UBND | Bắc Giang, ngày 05 tháng 02 năm 2021' }), errors: [{ line: 3, column: 7, message: 'expected "/"' }] },
  ],
});

testRule(rule('nd30/type-abbreviation'), {
  valid: [
    VALID,
    { text: edit({ 3: 'Số: 05/UBND-KT | Bắc Giang, ngày 05 tháng 02 năm 2021', 5: 'V/v cải cách hành chính', 6: '' }), name: 'công văn' },
    { text: PARTY, name: 'party TB' },
  ],
  invalid: [
    { name: 'KH under THÔNG BÁO', text: edit({ 3: 'Số: 05/KH-UBND | Bắc Giang, ngày 05 tháng 02 năm 2021' }), errors: [{ line: 3, column: 8, message: 'expected "TB-..."' }] },
    { name: 'no type abbreviation', text: edit({ 3: 'Số: 05/UBND-VP | Bắc Giang, ngày 05 tháng 02 năm 2021' }), errors: [{ line: 3, column: 8, message: 'THÔNG BÁO' }] },
    { name: 'CV', text: edit({ 3: 'Số: 05/CV-UBND | Bắc Giang, ngày 05 tháng 02 năm 2021', 5: 'V/v cải cách hành chính', 6: '' }), errors: [{ line: 3, column: 8, message: '"CV"' }] },
  ],
});

testRule(rule('nd30/symbol-year'), {
  valid: [VALID, edit({ 3: 'Số: 05/2021/QĐ-UBND | Bắc Giang, ngày 05 tháng 02 năm 2021', 5: 'QUYẾT ĐỊNH' })],
  invalid: [{ text: edit({ 3: 'Số: 05/2021/TB-UBND | Bắc Giang, ngày 05 tháng 02 năm 2021' }), errors: [{ line: 3, column: 8, message: 'year 2021', severity: 'warning' }] }],
});

testRule(rule('nd30/place-date'), {
  valid: [VALID, edit({ 3: 'Số: 05/TB-UBND | TP. Hồ Chí Minh, ngày 05 tháng 02 năm 2021' })],
  invalid: [
    { name: 'no comma', text: edit({ 3: 'Số: 05/TB-UBND | Bắc Giang ngày 05 tháng 02 năm 2021' }), errors: [{ line: 3, column: 27, message: 'No comma' }] },
    { name: 'place in lower case', text: edit({ 3: 'Số: 05/TB-UBND | bắc Giang, ngày 05 tháng 02 năm 2021' }), errors: [{ line: 3, column: 18, message: 'not capitalised' }] },
    { name: 'no place', text: edit({ 3: 'Số: 05/TB-UBND | ngày 05 tháng 02 năm 2021' }), errors: [{ line: 3, column: 18, message: 'no place' }] },
    { name: 'no date line', text: edit({ 3: 'Số: 05/TB-UBND' }), errors: [{ line: 3, column: 15, message: 'No place-date line' }] },
    {
      name: 'date in figures',
      text: edit({ 3: 'Số: 05/TB-UBND | Bắc Giang, ngày 5/2/2021' }),
      errors: [{ line: 3, column: 29, message: 'Date "ngày 5/2/2021" is written in figures; expected "ngày 05 tháng 02 năm 2021"' }],
    },
    {
      name: '"Ngày" with a capital',
      text: edit({ 3: 'Số: 05/TB-UBND | Bắc Giang, Ngày 05 tháng 02 năm 2021' }),
      errors: [{ line: 3, column: 29, message: 'Date word "Ngày" is capitalised after the place; expected "Bắc Giang, ngày ...".' }],
    },
    // Without a place "Ngày" opens a sentence, not the date line.
    { name: '"Ngày" alone', text: edit({ 3: 'Số: 05/TB-UBND | Ngày 05 tháng 02 năm 2021' }), errors: [{ line: 3, column: 15, message: 'No place-date line' }] },
    {
      name: '"Ngày" with a capital, in figures',
      text: edit({ 3: 'Số: 05/TB-UBND | Bắc Giang, Ngày 5/2/2021' }),
      errors: [{ line: 3, column: 29, message: 'Date "Ngày 5/2/2021" is written in figures; expected "ngày 05 tháng 02 năm 2021"' }],
    },
  ],
});

testRule(rule('nd30/date-leading-zero'), {
  valid: [VALID, edit({ 3: 'Số: 05/TB-UBND | Bắc Giang, ngày 15 tháng 9 năm 2017' }), { text: edit({ 3: 'Số: 05/TB-UBND | Bắc Giang, ngày 05 tháng 09 năm 2021' }), options: { monthStyle: false }, name: 'month style off' }],
  invalid: [
    { name: 'day and February', text: edit({ 3: 'Số: 05/TB-UBND | Bắc Giang, ngày 5 tháng 2 năm 2021' }), errors: [{ line: 3, column: 34, message: '"ngày 05"' }, { line: 3, column: 42, message: '"tháng 02"' }] },
    { name: 'January under tt01 too', standard: 'tt01', text: edit({ 3: 'Số: 05/TB-UBND | Bắc Giang, ngày 15 tháng 1 năm 2012' }), errors: [{ line: 3, column: 43, message: 'January and February' }] },
    { name: 'tháng 03', text: edit({ 3: 'Số: 05/TB-UBND | Hà Nội, ngày 02 tháng 03 năm 2012' }), errors: [{ line: 3, column: 40, message: '"tháng 3"', severity: 'warning' }] },
  ],
});

testRule(rule('nd30/date-valid'), {
  valid: [VALID, { text: edit({ 3: 'Số: 05/TB-UBND | Bắc Giang, ngày      tháng 02 năm 2021' }), name: 'draft without a day' }, edit({ 3: 'Số: 05/TB-UBND | Bắc Giang, ngày 29 tháng 02 năm 2024' })],
  invalid: [
    { name: '31/02', text: edit({ 3: 'Số: 05/TB-UBND | Bắc Giang, ngày 31 tháng 02 năm 2021' }), errors: [{ line: 3, column: 34, message: 'has 28 days' }] },
    { name: '29/02 not in a leap year', text: edit({ 3: 'Số: 05/TB-UBND | Bắc Giang, ngày 29 tháng 02 năm 2023' }), errors: [{ line: 3, column: 34, message: 'does not exist' }] },
    { name: 'month 13', text: edit({ 3: 'Số: 05/TB-UBND | Bắc Giang, ngày 05 tháng 13 năm 2021' }), errors: [{ line: 3, column: 34, message: 'month 13' }] },
    { name: 'in the future', asOf: '2021-02-04', text: VALID, errors: [{ line: 3, column: 34, message: 'after 2021-02-04' }] },
  ],
});

testRule(rule('nd30/type-name'), {
  valid: [VALID, { text: edit({ 3: 'Số: 05/UBND-KT | Bắc Giang, ngày 05 tháng 02 năm 2021', 5: 'V/v cải cách hành chính', 6: '' }), name: 'công văn' }, edit({ 5: '## THÔNG BÁO' })],
  invalid: [
    { name: 'lower case', text: edit({ 5: 'Thông báo' }), errors: [{ line: 5, column: 1, message: '"THÔNG BÁO" in capitals' }] },
    { name: 'a stop after it', text: edit({ 5: 'THÔNG BÁO:' }), errors: [{ line: 5, column: 1, message: 'Type name "THÔNG BÁO:" ends with ":"; expected "THÔNG BÁO" alone.' }] },
    {
      name: 'a công văn\'s summary written out',
      text: edit({ 3: 'Số: 05/UBND-KT | Bắc Giang, ngày 05 tháng 02 năm 2021', 5: 'Về việc cải cách hành chính', 6: '' }),
      errors: [{ line: 5, column: 1, message: 'The summary opens with "Về việc"; expected "V/v", as a công văn abbreviates it.' }],
    },
    { name: 'no summary', text: edit({ 6: 'Căn cứ Luật Tổ chức chính quyền địa phương;' }), errors: [{ line: 5, column: 1, message: 'No summary' }] },
    { name: 'neither type name nor V/v', text: edit({ 5: '', 6: '' }), errors: [{ line: 3, column: 54, message: 'No type name' }] },
    { name: 'spread out letter by letter', text: edit({ 5: 'T H Ô N G   B Á O' }), errors: [{ line: 5, column: 1, message: 'spread out with spaces; expected "THÔNG BÁO"' }] },
    {
      name: 'run on into the summary',
      text: edit({ 5: 'THÔNG BÁO KẾT LUẬN', 6: 'Của Chủ tịch UBND tỉnh tại cuộc họp về cải cách hành chính' }),
      errors: [{ line: 5, column: 1, message: 'Type name "THÔNG BÁO" runs on into "KẾT LUẬN" on one line; expected "THÔNG BÁO" alone on its line, the summary under it.' }],
    },
  ],
});

// The signature block above the recipients, as some offices lay them out.
const SIGNATURE_FIRST = (() => {
  const lines = VALID.split('\n');
  const signature = lines.splice(17, 5);
  lines.splice(12, 0, ...signature, '');
  return lines.join('\n');
})();

testRule(rule('nd30/content-end'), {
  valid: [VALID, edit({ 11: '**Văn phòng thông báo để các cơ quan biết, thực hiện./.**' }), { text: SIGNATURE_FIRST, name: 'signature above the recipients' }],
  invalid: [{ text: edit({ 11: 'Văn phòng thông báo để các cơ quan biết, thực hiện.' }), errors: [{ line: 11, column: 51, message: '"./."', severity: 'warning' }] }],
});

testRule(rule('nd30/authority-prefix'), {
  valid: [VALID, edit({ 18: 'KT. CHỦ TỊCH', 19: 'PHÓ CHỦ TỊCH' }), { text: PARTY, name: 'party T/M' }, edit({ 18: 'Q. CHÁNH VĂN PHÒNG', 19: '' })],
  invalid: [
    { name: 'no space', text: edit({ 18: 'TL.CHỦ TỊCH' }), errors: [{ line: 18, column: 1, message: '"TL. CHỦ TỊCH"' }] },
    { name: 'lower case', text: edit({ 18: 'Tl. CHỦ TỊCH' }), errors: [{ line: 18, column: 1, message: '"TL. CHỦ TỊCH"' }] },
    { name: 'party prefix in a state document', text: edit({ 18: 'T/M ỦY BAN NHÂN DÂN', 19: 'CHỦ TỊCH' }), errors: [{ line: 18, column: 1, message: '"TM. ỦY BAN NHÂN DÂN"' }] },
    { name: 'state prefix in a party document', text: edit({ 18: 'TM. BAN THƯỜNG VỤ' }, PARTY), errors: [{ line: 18, column: 1, message: '"T/M BAN THƯỜNG VỤ"' }] },
  ],
});

// The signature block of a web copy, run on after the last recipient.
const FLAT_FOOTER = (last: string) => edit({ 16: `${last} TL. CHỦ TỊCH CHÁNH VĂN PHÒNG Nguyễn Văn An`, 17: '', 18: '', 19: '', 20: '', 21: '' });

testRule(rule('nd30/recipients'), {
  valid: [
    VALID,
    { text: edit({ 13: '**Nơi nhận:**', 14: '', 15: '- Sở Nội vụ;' }), name: 'bold and a page-break gap' },
    { text: edit({ 14: '- Thường trực Huyện ủy (b/c),', 15: '- Các chi bộ,', 16: '- Lưu Văn phòng Huyện ủy.' }, PARTY), name: 'party: items end with ","' },
    { text: FLAT_FOOTER('- Lưu: VT, TH.'), name: 'the signature run on after the last item (a web copy)' },
  ],
  invalid: [
    { name: 'last item without "."', text: edit({ 16: '- Lưu: VT, NC.Châu' }), errors: [{ line: 16, column: 19, message: 'does not end with "."' }] },
    {
      name: 'dashes a Word export dropped',
      text: edit({ 14: 'Sở Tài chính;', 15: 'Sở Nội vụ;', 16: 'Lưu: VT, TH.' }),
      errors: [
        { line: 14, column: 1, message: 'Recipient "Sở Tài chính;" has no "-" before it; expected "- Sở Tài chính;".' },
        { line: 15, column: 1, message: 'has no "-" before it' },
        { line: 16, column: 1, message: 'has no "-" before it' },
      ],
    },
    { name: 'numbered items', text: edit({ 14: '1. Sở Tài chính;', 15: '2. Sở Nội vụ;', 16: '3. Lưu: VT, TH.' }), errors: [{ line: 14, column: 1, message: 'starts with "1."; expected "-"' }, { line: 15, column: 1, message: 'starts with "2."' }, { line: 16, column: 1, message: 'starts with "3."' }] },
    { name: 'comma instead of ";"', text: edit({ 14: '- Sở Tài chính,' }), errors: [{ line: 14, column: 15, message: 'does not end with ";"' }] },
    {
      name: 'party: ";" instead of ","',
      text: edit({ 14: '- Thường trực Huyện ủy (b/c),', 15: '- Các chi bộ;', 16: '- Lưu Văn phòng Huyện ủy.' }, PARTY),
      errors: [{ line: 15, column: 13, message: 'Recipient "- Các chi bộ;" does not end with ","; expected "- Các chi bộ,".' }],
    },
    { name: 'no archive item', text: edit({ 16: '- Sở Y tế.' }), errors: [{ line: 16, column: 1, message: '"- Lưu: VT, <unit>."' }] },
    {
      name: 'the signature run on after a last item without "."',
      text: FLAT_FOOTER('- Lưu: VT, TH'),
      errors: [{ line: 16, column: 14, message: 'Last recipient "- Lưu: VT, TH" does not end with "."; expected "- Lưu: VT, TH.".' }],
    },
    { name: 'archive without VT', text: edit({ 16: '- Lưu: Văn thư, TH.' }), errors: [{ line: 16, column: 1, message: 'Archive item' }] },
    { name: 'no colon', text: edit({ 13: 'Nơi nhận' }), errors: [{ line: 13, column: 1, message: 'no colon' }] },
    { name: 'two spaces between the words', text: edit({ 13: 'Nơi  nhận:' }), errors: [{ line: 13, column: 4, message: 'more than one space' }] },
    { name: 'no colon after two spaces', text: edit({ 13: 'Nơi  nhận' }), errors: [{ line: 13, column: 1, message: 'no colon' }, { line: 13, column: 4, message: 'more than one space' }] },
    {
      name: 'bullets of a Word list or Markdown',
      text: edit({ 14: '· Sở Tài chính;', 15: '\uF0B7\tSở Nội vụ;', 16: '* Lưu: VT, TH.' }),
      errors: [
        { line: 14, column: 1, message: 'Recipient "· Sở Tài chính;" starts with "·"; expected "-".' },
        { line: 15, column: 1, message: 'starts with "\uF0B7"' },
        { line: 16, column: 1, message: 'starts with "*"' },
      ],
    },
  ],
});

testRule(rule('nd30/signer-name'), {
  valid: [VALID],
  invalid: [
    { name: 'academic title', text: edit({ 21: 'TS. Nguyễn Văn An' }), errors: [{ line: 21, column: 1, message: '"TS."', severity: 'warning' }] },
    { name: 'no name', text: edit({ 21: '' }), errors: [{ line: 19, column: 1, message: 'No signer' }] },
    { name: 'name in capitals', text: edit({ 21: 'NGUYỄN VĂN AN' }), errors: [{ line: 21, column: 1, message: '"NGUYỄN VĂN AN" is in capitals; expected "Nguyễn Văn An"', severity: 'warning' }] },
  ],
});

testRule(rule('nd30/appendix-numerals'), {
  valid: [VALID, edit({ 10: '2. Sở Nội vụ thực hiện theo Phụ lục I và Phụ lục II kèm theo.' }), edit({ 10: '2. Sở Nội vụ thực hiện theo Phụ lục 01 kèm theo.' })],
  invalid: [{ text: edit({ 10: '2. Sở Nội vụ thực hiện theo Phụ lục 01 và Phụ lục 02 kèm theo.' }), errors: [{ line: 10, column: 29, message: '"Phụ lục I"' }, { line: 10, column: 43, message: '"Phụ lục II"' }] }],
});

testRule(rule('nd30/urgency-mark'), {
  valid: [VALID, edit({ 4: 'THƯỢNG KHẨN' }), edit({ 4: 'HOẢ TỐC' }), { text: edit({ 4: 'HỎA TỐC HẸN GIỜ', 3: 'Số: 05/TB-UBND | Bắc Giang, ngày 05 tháng 02 năm 2012' }), name: 'tt01 level' }],
  invalid: [
    { name: 'lower case', text: edit({ 4: 'Khẩn' }), errors: [{ line: 4, column: 1, message: 'expected "KHẨN"' }] },
    { name: 'not in the set', text: edit({ 4: 'KHẨN CẤP' }), errors: [{ line: 4, column: 1, message: 'not one of the fixed marks' }] },
    { name: 'tt01 level under the decree', text: edit({ 4: 'HỎA TỐC HẸN GIỜ' }), errors: [{ line: 4, column: 1 }] },
  ],
});

testRule(rule('content/task-sequence'), {
  valid: [VALID, edit({ 9: 'I. NHIỆM VỤ', 10: '1. Sở Nội vụ phối hợp thực hiện.' }), edit({ 10: '1.1. Sở Nội vụ phối hợp thực hiện.' })],
  invalid: [
    { name: 'gap', text: edit({ 10: '3. Sở Nội vụ phối hợp thực hiện.' }), errors: [{ line: 10, column: 1, message: 'Task 3 follows task 1; expected 2' }] },
    { name: 'repeat', text: edit({ 10: '1. Sở Nội vụ phối hợp thực hiện.' }), errors: [{ line: 10, column: 1, message: 'repeats task 1' }] },
    { name: 'bold label', text: edit({ 10: '**4. Sở Nội vụ phối hợp thực hiện.**' }), errors: [{ line: 10, column: 3, message: 'expected 2' }] },
  ],
});

testRule(rule('content/label-space'), {
  valid: [
    VALID,
    edit({ 10: '2.500 đồng cho mỗi hồ sơ nộp trước ngày 15/3/2021.' }),
    { name: 'the recipients block is left to nd30/recipients', text: edit({ 14: '-Sở Tài chính;' }) },
    { name: 'a label before a lower-case letter', text: edit({ 10: '2.được thực hiện theo kế hoạch.' }) },
  ],
  invalid: [
    { name: 'number', text: edit({ 10: '2.Sở Nội vụ phối hợp thực hiện.' }), errors: [{ line: 10, column: 1, message: 'Label "2." has no space before "Sở"; expected "2. Sở".' }] },
    { name: 'letter and dash', text: edit({ 10: 'a)Rà soát hồ sơ.', 11: '-Sở Nội vụ phối hợp thực hiện.' }), errors: [{ line: 10, column: 1, message: 'Label "a)"' }, { line: 11, column: 1, message: 'Label "-"' }] },
    { name: 'bold and indented', text: edit({ 10: '  **2.Sở Nội vụ phối hợp thực hiện.**' }), errors: [{ line: 10, column: 5, message: 'expected "2. Sở"' }] },
  ],
});

testRule(rule('content/deadline-before-issue'), {
  valid: [VALID, { text: edit({ 3: 'Số:     /TB-UBND | Bắc Giang, ngày     tháng 02 năm 2021' }), name: 'draft: deadline after the meeting' }],
  invalid: [
    { name: 'before the issue date', text: edit({ 9: '1. Sở Tài chính báo cáo trước ngày 15/01/2021.' }), errors: [{ line: 9, column: 25, message: 'before the issue date 2021-02-05' }] },
    { name: 'draft: before the meeting', text: edit({ 3: 'Số:     /TB-UBND | Bắc Giang, ngày     tháng 02 năm 2021', 9: '1. Sở Tài chính báo cáo trước ngày 15/01/2021.' }), errors: [{ line: 9, column: 25, message: 'meeting date 2021-02-01' }] },
  ],
});

testRule(rule('content/impossible-date'), {
  valid: [VALID, edit({ 10: '2. Thực hiện theo tiêu chuẩn ISO 9001:2008 trong giai đoạn 2014-2017 và tháng 9,10/2017.' })],
  invalid: [
    { text: edit({ 10: '2. Sở Nội vụ báo cáo trước ngày 31/6/2017.' }), errors: [{ line: 10, column: 33, message: 'month 6 of 2017 has 30 days' }] },
    { text: edit({ 10: '2. Theo Quyết định ngày 30 tháng 02 năm 2020.' }), errors: [{ line: 10, column: 20, message: 'does not exist' }] },
  ],
});

testRule(rule('content/issue-before-meeting'), {
  valid: [VALID],
  invalid: [{ text: edit({ 8: 'Ngày 10/02/2021, Chủ tịch UBND tỉnh chủ trì cuộc họp về cải cách hành chính.' }), errors: [{ line: 3, column: 34, message: 'before the meeting of 2021-02-10' }] }],
});

testRule(rule('content/weekday'), {
  valid: [
    VALID,
    edit({ 9: '1. Sở Tài chính báo cáo trước 17 giờ, thứ Hai, ngày 15/3/2021.' }),
    edit({ 9: '1. Sở Tài chính báo cáo trước ngày 15/3/2021 (thứ 2); họp vào Chủ nhật 14/3/2021.' }),
    edit({ 9: '1. Sở Tài chính báo cáo vào thứ Sáu, ngày 12 tháng 3 năm 2021.' }),
    { name: 'an ordinal', text: edit({ 9: '1. Sở Tư pháp trình tại kỳ họp thứ 5 ngày 19/3/2021, theo Nghị định sửa đổi lần thứ 2 ngày 14/3/2021.' }) },
    { name: 'a date that does not exist', text: edit({ 9: '1. Sở Tài chính báo cáo trước thứ Hai, ngày 31/02/2021.' }) },
  ],
  invalid: [
    { text: edit({ 9: '1. Sở Tài chính báo cáo trước 17 giờ, thứ Năm, ngày 12/3/2021.' }), errors: [{ line: 9, column: 39, message: '"thứ Năm" is written with the date 12/3/2021, which falls on thứ Sáu' }] },
    { text: edit({ 9: '1. Sở Tài chính báo cáo trước ngày 15/3/2021 (Chủ nhật).' }), errors: [{ line: 9, column: 47, message: 'falls on thứ Hai' }] },
    { text: edit({ 9: '1. Sở Tài chính báo cáo vào THỨ 7 ngày 14 tháng 3 năm 2021.' }), errors: [{ line: 9, column: 29, message: '"THỨ 7" is written with the date 14 tháng 3 năm 2021, which falls on Chủ nhật' }] },
  ],
});

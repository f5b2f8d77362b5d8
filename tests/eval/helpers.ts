import type { Annotation } from '../../src/eval/annotation.js';
import { emptyNotice, type Deadline, type Notice, type Task } from '../../src/schema.js';

/** A notice with nothing found, for tests to fill in. */
export { emptyNotice };

/** A deadline as the parser would give it. */
export function dl(text: string, start: string | null, end: string | null, kind: Deadline['kind'] = 'before'): Deadline {
  return { text, kind, start, end, line: 1, certain: true };
}

/** A task with an optional lead assignee, deadlines and subtasks. */
export function task(id: string, lead: string | null, deadlines: Deadline[] = [], subtasks: Task[] = []): Task {
  return {
    id,
    label: null,
    text: id,
    line: 1,
    endLine: 1,
    section: null,
    assignees: lead === null ? [] : [{ text: lead, canonical: lead, inherited: false }],
    coordinators: [],
    deadlines,
    subtasks,
  };
}

/** The header of the Bắc Giang notice, as annotated. */
export const BAC_GIANG_HEADER: Annotation['header'] = {
  numberSerial: 307,
  numberSymbol: 'TB-UBND',
  issuedYear: 2017,
  issuedMonth: 9,
  issuedDay: 15,
  place: 'Bắc Giang',
  docType: 'THÔNG BÁO',
  chairName: 'Dương Văn Thái',
  chairPosition: 'Phó Chủ tịch UBND tỉnh',
  signerName: 'Trần Quốc Khánh',
  signerPosition: 'PHÓ VĂN PHÒNG',
};

/** A notice whose header matches {@link BAC_GIANG_HEADER}. */
export function bacGiangNotice(tasks: Task[]): Notice {
  return emptyNotice({
    number: { text: 'Số: 307 /TB-UBND', serial: 307, symbol: 'TB-UBND', value: '307/TB-UBND' },
    docType: 'THÔNG BÁO',
    place: 'Bắc Giang',
    issued: { text: 'Bắc Giang, ngày 15 tháng 9 năm 2017', date: '2017-09-15', year: 2017, month: 9, day: 15 },
    chair: { name: 'Dương Văn Thái', position: 'Phó Chủ tịch UBND tỉnh', text: '' },
    signer: { name: 'Trần Quốc Khánh', authority: 'TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG', position: 'PHÓ VĂN PHÒNG', lines: [] },
    tasks,
  });
}

/**
 * Tables of tasks, as plans and notices lay them out and Word exports them, one row a line with its cells joined by
 * " | ": "TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành" over "1 | Rà soát quy
 * hoạch ... | Sở Công Thương | Sở Xây dựng | Trước 30/6/2026". Each row is a task; its columns say what, who leads,
 * who helps and by when.
 */

// The columns of a table of tasks, by their headings: "TT", "STT"; "Nội dung", "Nhiệm vụ", "Tên nhiệm vụ", "Nội dung
// công việc"; "Đơn vị chủ trì", "Cơ quan chủ trì thực hiện", "Đơn vị thực hiện"; "Đơn vị phối hợp", "Cơ quan phối
// hợp"; "Thời gian hoàn thành", "Thời hạn", "Tiến độ thực hiện".
const NUMBER_COLUMN = /^(?:S\.?\s?TT|TT|Số\s+TT|Số\s+thứ\s+tự)$/iu;
const CONTENT_COLUMN = /^(?:Nội\s+dung|Nhiệm\s+vụ|Tên\s+nhiệm\s+vụ|Công\s+việc|Tên\s+công\s+việc|Nhiệm\s+vụ,\s+giải\s+pháp)(?![\p{L}])/iu;
const COORDINATORS_COLUMN = /(?<![\p{L}])phối\s+hợp(?![\p{L}])/iu;
const LEAD_COLUMN = /(?<![\p{L}])(?:chủ\s+trì|thực\s+hiện|phụ\s+trách)(?![\p{L}])/iu;
// The official in charge is no doer: "Lãnh đạo phụ trách", "Lãnh đạo UBND tỉnh chỉ đạo".
const OFFICIAL_COLUMN = /^(?:Lãnh\s+đạo|Người\s+phụ\s+trách)/iu;
const TIME_COLUMN = /^(?:Thời\s+gian|Thời\s+hạn|Tiến\s+độ|Hoàn\s+thành)(?![\p{L}])/iu;
// A row's number: "1", "2.", "1.1", or a group's Roman numeral ("I", "II.").
const ROW_NUMBER = /^(?:\d{1,3}(?:\.\d{1,3})*|[IVX]{1,5})\.?$/u;

/** Where each column of a table of tasks stands among a row's cells; -1 when the table has none. */
export interface TaskColumns {
  number: number;
  content: number;
  lead: number;
  coordinators: number;
  time: number;
  /** The time column's heading as written ("Thời gian hoàn thành"); '' when there is no time column. */
  timeHeading: string;
  /** How many cells the heading has. */
  count: number;
}

/** One row of a table of tasks: its cells as written, and the column offsets of the content cell in the line. */
export interface TaskRow {
  /** The row's number as written, without a final ".": "1", "1.1", "II"; null when the row has none. */
  number: string | null;
  content: string;
  lead: string;
  coordinators: string;
  time: string;
}

// A time column that says when work is due rather than when it is done: "Thời gian hoàn thành", "Thời hạn", "Hạn
// hoàn thành"; not "Thời gian thực hiện", "Tiến độ".
const DUE_HEADING = /(?<![\p{L}])(?:hoàn\s+thành|thời\s+hạn)(?![\p{L}])/iu;

/** True when a time column's heading says when work is due ("Thời gian hoàn thành", "Thời hạn"). */
export function isDueHeading(heading: string): boolean {
  return DUE_HEADING.test(heading);
}

/**
 * The cells of a line of a Word or Markdown table: split at "|", trimmed, without the empty cells a Markdown row's
 * leading and final "|" leave. With `count`, the number of cells of the table's heading, a row keeps an empty first
 * or last cell of its own (a Word row " |  | Chủ trì | Phối hợp | " has five cells under a heading of five).
 */
export function cellsOf(line: string, count?: number): string[] {
  const cells = line.split('|').map((c) => c.trim());
  if (count !== undefined && cells.length === count) return cells;
  if (count !== undefined && cells.length === count + 1) {
    if (cells[0] === '') cells.shift();
    else if (cells[cells.length - 1] === '') cells.pop();
    return cells;
  }
  if (cells.length > 1 && cells[0] === '' && line.trimStart().startsWith('|')) cells.shift();
  if (cells.length > 1 && cells[cells.length - 1] === '' && line.trimEnd().endsWith('|')) cells.pop();
  return cells;
}

/**
 * The columns of a table of tasks when `line` is its heading row: a content column and a column of who leads or
 * of when, among three cells at least. Null for any other line.
 */
export function taskColumns(line: string): TaskColumns | null {
  if (!line.includes('|')) return null;
  const cells = cellsOf(line);
  if (cells.length < 3) return null;
  const cols: TaskColumns = { number: -1, content: -1, lead: -1, coordinators: -1, time: -1, timeHeading: '', count: cells.length };
  cells.forEach((cell, i) => {
    if (cols.number < 0 && NUMBER_COLUMN.test(cell)) cols.number = i;
    else if (cols.content < 0 && CONTENT_COLUMN.test(cell)) cols.content = i;
    else if (cols.coordinators < 0 && COORDINATORS_COLUMN.test(cell) && !/chủ\s+trì/iu.test(cell)) cols.coordinators = i;
    else if (cols.lead < 0 && LEAD_COLUMN.test(cell) && !TIME_COLUMN.test(cell) && !OFFICIAL_COLUMN.test(cell)) cols.lead = i;
    else if (cols.time < 0 && TIME_COLUMN.test(cell)) {
      cols.time = i;
      cols.timeHeading = cell;
    }
  });
  return cols.content >= 0 && (cols.lead >= 0 || cols.time >= 0) ? cols : null;
}

/**
 * The columns of a heading's second row, where the first row's merged cell is split: "Cơ quan thực hiện" over
 * "Chủ trì | Phối hợp". Returns the columns with the split ones set (a new object); `cols` when the line names none.
 */
export function subheadingColumns(line: string, cols: TaskColumns): TaskColumns {
  if (!line.includes('|')) return cols;
  const cells = cellsOf(line, cols.count);
  let out = cols;
  cells.forEach((cell, i) => {
    if (cell.length > 40) return;
    if (COORDINATORS_COLUMN.test(cell) && !/chủ\s+trì/iu.test(cell)) out = { ...out, coordinators: i };
    else if (/^(?:chủ\s+trì|thực\s+hiện\s+chính)/iu.test(cell)) out = { ...out, lead: i };
  });
  return out;
}

/**
 * A row of the table whose columns are `cols`: null for a line that is no row (no "|") and for a row with nothing
 * in its content cell (the empty rows of a form).
 */
export function taskRow(line: string, cols: TaskColumns): TaskRow | null {
  if (!line.includes('|')) return null;
  const cells = cellsOf(line, cols.count);
  const cell = (i: number) => (i >= 0 ? (cells[i] ?? '') : '');
  const content = cell(cols.content);
  if (!content) return null;
  const written = cell(cols.number);
  return {
    number: ROW_NUMBER.test(written) ? written.replace(/\.$/u, '') : null,
    content,
    lead: cell(cols.lead),
    coordinators: cell(cols.coordinators),
    time: cell(cols.time),
  };
}

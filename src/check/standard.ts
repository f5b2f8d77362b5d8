/**
 * Which rule set a document is held to. Nghị định 30/2020/NĐ-CP took effect on 05/3/2020 and
 * replaced Thông tư 01/2011/TT-BNV; `auto` decides by the issue date.
 */
import type { Notice } from '../schema.js';
import type { Header } from './header.js';
import type { Standard } from './types.js';

/** The day Decree 30/2020 took effect. */
export const ND30_IN_FORCE = '2020-03-05';

/**
 * Picks the standard: the one asked for, or by the issue date (the parsed one, else the header's
 * date; a year alone before 2020 is enough). Without any date, the decree.
 * @param asked `nd30`, `tt01` or `auto`
 * @param header the header found
 * @param notice the parsed notice
 */
export function pickStandard(asked: Standard | 'auto', header: Header, notice: Notice): Standard {
  if (asked !== 'auto') return asked;
  const pd = header.placeDate;
  const y = notice.issued.year ?? pd?.year?.value ?? null;
  const m = notice.issued.month ?? pd?.month?.value ?? null;
  const d = notice.issued.day ?? pd?.day?.value ?? null;
  if (y === null) return 'nd30';
  if (y !== 2020) return y < 2020 ? 'tt01' : 'nd30';
  if (m === null) return 'nd30';
  if (m !== 3) return m < 3 ? 'tt01' : 'nd30';
  if (d === null) return 'nd30';
  return d < 5 ? 'tt01' : 'nd30';
}

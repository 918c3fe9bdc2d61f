/**
 * First characters of units that begin with 千 or 百 (`千瓦`, `千伏`, `百分`): a figure before `10千伏`
 * is a measurement, not a number mixing Arabic digits with 千/百. Read by consistent-numerals'
 * `mixed-number`. Sorted by code point; each entry with its reason.
 */
export const ZH_KILO_UNIT_REASONS: ReadonlyArray<readonly [character: string, reason: string]> = [
  ["伏", "`千伏` (kilovolt)"],
  ["兆", "`千兆` (giga-)"],
  ["克", "`千克` (kilogram)"],
  ["分", "`百分`/`千分` (per cent, per mille)"],
  ["升", "`千升` (kilolitre)"],
  ["卡", "`千卡` (kilocalorie)"],
  ["吨", "`千吨` (kilotonne)"],
  ["字", "`千字` (thousand characters, a fee unit)"],
  ["帕", "`千帕` (kilopascal)"],
  ["年", "`千年`/`百年` (millennium, century)"],
  ["焦", "`千焦` (kilojoule)"],
  ["瓦", "`千瓦` (kilowatt)"],
  ["秒", "`千秒`"],
  ["米", "`千米`/`百米` (kilometre, hundred metres)"],
  ["赫", "`千赫` (kilohertz)"]
];

export const ZH_KILO_UNITS: readonly string[] = ZH_KILO_UNIT_REASONS.map(([c]) => c);

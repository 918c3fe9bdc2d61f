/**
 * English words after which a figure is a label, not a count: `No 3`, `page 5`, `aged 7`. Read by
 * consistent-numerals (no spell-out after them, and no same-noun comparison). Sorted by code point;
 * each entry with its reason.
 */
const DOCUMENT = "a part of a document or a work, named by its number (`chapter 3`, `table 2`)";
const PLACE = "a place, vehicle or channel named by its number (`room 4`, `gate 7`)";
const RANK = "a level, rank or class in a series, named by its number (`round 2`, `grade 5`)";
const TIME = "a point in a sequence of time (`day 3`, `week 6`)";
const AGE = "an age follows (`aged 7`): AP sets ages in figures";

export const EN_NUMBER_LABEL_REASONS: ReadonlyArray<readonly [word: string, reason: string]> = [
  ["act", DOCUMENT],
  ["age", AGE],
  ["aged", AGE],
  ["ages", AGE],
  ["article", DOCUMENT],
  ["band", RANK],
  ["bay", PLACE],
  ["block", PLACE],
  ["box", PLACE],
  ["category", RANK],
  ["channel", PLACE],
  ["chapter", DOCUMENT],
  ["class", RANK],
  ["clause", DOCUMENT],
  ["day", TIME],
  ["division", RANK],
  ["exhibit", DOCUMENT],
  ["figure", DOCUMENT],
  ["flight", PLACE],
  ["game", RANK],
  ["gate", PLACE],
  ["grade", RANK],
  ["group", RANK],
  ["item", DOCUMENT],
  ["lane", PLACE],
  ["level", RANK],
  ["match", RANK],
  ["no", "`No 3`: the figure is a number in a list"],
  ["number", "`number 5`: the figure is a number in a list"],
  ["page", DOCUMENT],
  ["pages", DOCUMENT],
  ["phase", RANK],
  ["platform", PLACE],
  ["question", DOCUMENT],
  ["radio", PLACE],
  ["room", PLACE],
  ["round", RANK],
  ["route", PLACE],
  ["row", PLACE],
  ["rule", DOCUMENT],
  ["scene", DOCUMENT],
  ["seat", PLACE],
  ["section", DOCUMENT],
  ["series", DOCUMENT],
  ["size", RANK],
  ["stage", RANK],
  ["step", DOCUMENT],
  ["table", DOCUMENT],
  ["tier", RANK],
  ["track", DOCUMENT],
  ["type", RANK],
  ["unit", PLACE],
  ["version", RANK],
  ["ward", PLACE],
  ["week", TIME],
  ["year", TIME],
  ["zone", PLACE]
];

export const EN_NUMBER_LABELS: ReadonlySet<string> = new Set(EN_NUMBER_LABEL_REASONS.map(([w]) => w));

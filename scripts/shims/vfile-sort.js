// Bundle-only stand-in for `vfile-sort` (used by vfile-reporter): the same
// order (line, column, fatal, source, rule, reason), but strings compare by
// code point, not with localeCompare, whose first call loads ICU's collator
// (~6 ms of a CLI run). Only the order of same-place messages can differ.

export function compareFile(a, b) {
  return compareString(a, b, 'path');
}

export function compareMessage(a, b) {
  return (
    (a.line || 0) - (b.line || 0) ||
    (a.column || 0) - (b.column || 0) ||
    score(a.fatal) - score(b.fatal) ||
    compareString(a, b, 'source') ||
    compareString(a, b, 'ruleId') ||
    compareString(a, b, 'reason')
  );
}

function compareString(a, b, field) {
  const x = String(a[field] || '');
  const y = String(b[field] || '');
  return x < y ? -1 : x > y ? 1 : 0;
}

function score(value) {
  return value ? 0 : value === false ? 1 : 2;
}

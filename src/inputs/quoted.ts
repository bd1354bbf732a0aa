/**
 * Email replies that quote a patch: reviewers get patches as `> +line`,
 * nested as `> > +line` or `>> +line`. The quote prefix is taken from the
 * first quoted diff header line and stripped, one consistent level, from
 * every line that carries it; lines without it (the reviewer's own words,
 * often interleaved with the quote) are dropped. A line that is the prefix without its trailing space (`>` for
 * `> `) is an empty quoted line — mail clients strip trailing spaces.
 */
import type {SourceLine} from './mail.js';

const QUOTED_HEADER = /^((?:> ?){1,8})(?=diff --git |--- |@@ -\d)/;

/** The quote prefix of the patch (`> `, `> > `, `>>`, `>`), or undefined. */
export function quotePrefix(lines: SourceLine[]): string | undefined {
  for (const {text} of lines) {
    if (text[0] !== '>') continue;
    const match = QUOTED_HEADER.exec(text);
    if (match) return match[1];
  }
  return undefined;
}

/** The quoted lines with the prefix stripped, keeping their input line numbers. */
export function unquote(lines: SourceLine[], prefix: string): SourceLine[] {
  const bare = prefix.endsWith(' ') ? prefix.slice(0, -1) : undefined;
  const out: SourceLine[] = [];
  for (const {text, line} of lines) {
    if (text.startsWith(prefix)) {
      const rest = text.slice(prefix.length);
      // With a `>`-only prefix, `>>` would be a deeper quote, not content.
      if (!prefix.endsWith(' ') && rest.startsWith('>')) continue;
      out.push({text: rest, line});
    } else if (bare !== undefined && text === bare) {
      out.push({text: '', line});
    }
    // Other lines are the reviewer's words between quoted parts: dropped, the quote goes on.
  }
  return out;
}

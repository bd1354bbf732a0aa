/**
 * The claim extractor: sentences of each field description → typed claims.
 * Lexicon-driven (./lexicon.ts), clause-scoped, conservative: a sentence it
 * cannot map yields no claim; an ambiguous one yields claims flagged
 * `uncertain`, which rules ignore.
 */
import type {FieldEntry, FieldModel} from '../fields/types.js';
import {normalize, splitSentences, type TextSpan} from '../prose/index.js';
import type {MappedText} from '../util/mapped-text.js';
import type {Actor, Flavor, LockId, Mode, Op} from '../spec/locking/types.js';
import {
  ACTORS, ASYNC_RE, NO_LOCK_RE, ATOMIC_MANNER_RE, CLAUSE_RE, classifyLock, FIELD_MODIFY_AFTER_RE, FIELD_MODIFY_BEFORE_RE, HEDGE_RE,
  LEADING_SUBORDINATE_RE, LOCK_KIND_AFTER_RE, LOCK_KIND_BEFORE_RE, LOCK_RE, lockKindOf, MEMBER_RE, MODE_AFTER_RE,
  MODE_BEFORE_RE, modeOfWord, NEGATION_RE, NOT_REQUIRED_AFTER_RE, numberWord, OBSOLETE_RE, OP_KEYS, OPS, PARTICIPLE_START_RE,
  PLAIN_STORE_RE, PRONOUN_RE, REF_ONLY_RE, REF_WORD_RE, REQUIRED_AFTER_RE, REQUIRES_RE, SHADOW_RE, SUFFICES_RE,
  SYNC_RE, TDP_RE, VERSION_PHRASE_RE, WITHOUT_BEFORE_RE, badLockCorrection, type LockWord,
} from './lexicon.js';
import {parseVersion} from '../spec/version.js';
import type {Claim, ClaimBase, LockClaim, Quant} from './types.js';

export type * from './types.js';

/** Participles that name a member's own operation ("Cleared ..." on unsync). */
const FIELD_VERB_OP: Record<string, Record<string, Op>> = {
  unsync: {cleared: 'clear-unsync', set: 'mark-unsync', marked: 'mark-unsync'},
  'role.invalid': {set: 'invalidate-root'},
};

const TDP_ONLY = new Set(['tdp_mmu_root_count', 'ptep', 'tdp_mmu_scheduled_root_to_zap']);

/** Extracts the typed claims of every field description. */
export function extractClaims(model: FieldModel): Claim[] {
  const out: Claim[] = [];
  for (const entry of model.entries) extractEntryClaims(entry.text, entry.names, out);
  return out;
}

export type {FieldEntry};

interface Ctx {
  mt: MappedText;
  names: string[];
  /** Sentence (original and normalized) and its offset in mt.text. */
  text: string;
  norm: string;
  base: number;
  out: Claim[];
  sentencePlace: ReturnType<MappedText['position']>;
}

interface Clause {
  start: number;
  end: number;
  t: string;
  subject?: string[];
  /** The boundary text before the clause (", because", " rather than "). */
  lead?: string;
  /** "... rather than incremented", "instead of by a worker": the clause names what is NOT the case. */
  contrast?: boolean;
  /** Operations found in the clause (cached for the clause after it). */
  ops?: OpHit[];
}

interface Mention {
  start: number;
  end: number;
  w: LockWord;
  written: string;
  mode?: Mode;
  phraseStart: number;
  phraseEnd: number;
  without: boolean;
  withoutStart: number;
  after?: 'required' | 'not-required';
  /** The lock is named as the object of a release or as a point in time ("before releasing mmu_lock", "since mmu_lock was last acquired"). */
  event?: boolean;
  /** The lock is the subject of a verb of exclusion ("mmu_lock held for write blocks page faults"). */
  blocker?: boolean;
}

/** Claims of one description (exported for tests and for text without a field model). */
export function extractEntryClaims(mt: MappedText, names: string[], out: Claim[] = []): Claim[] {
  const full = mt.text;
  const norm = normalize(full);
  for (const s of splitSentences(full)) {
    if (s.end - s.start > 2000) continue; // not prose
    const ctx: Ctx = {
      mt, names, text: full.slice(s.start, s.end), norm: norm.slice(s.start, s.end), base: s.start, out,
      sentencePlace: mt.position(s.start, s.end),
    };
    sentence(ctx);
  }
  return out;
}

function base<K extends Claim['kind']>(ctx: Ctx, kind: K, a: number, b: number, negated: boolean): ClaimBase & {kind: K} {
  return {
    kind, names: ctx.names, text: ctx.text, place: ctx.sentencePlace, phrase: ctx.text.slice(a, b),
    phrasePlace: ctx.mt.position(ctx.base + a, ctx.base + b), negated,
  };
}

/** ", which shares this byte, is ...": a non-restrictive relative clause between a subject and its verb. */
const WHICH_INSERT_RE = /,\s(?:which|who)\s[^,;:()]{1,80},\s(?=(?:is|are|was|were|must|can|may|should|will|has|have|needs?|requires?|gets?|only|never|always)\b)/g;

function clausesOf(whole: string): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  let norm = whole;
  if (whole.includes(', which') || whole.includes(', who')) {
    // Blank the inserted clause out of the main one (offsets are kept) and make it a clause of its own.
    WHICH_INSERT_RE.lastIndex = 0;
    for (let m = WHICH_INSERT_RE.exec(whole); m; m = WHICH_INSERT_RE.exec(whole)) {
      const a = m.index + 2;
      const b = m.index + m[0].length - 2;
      norm = norm.slice(0, m.index) + ' '.repeat(m[0].length) + norm.slice(m.index + m[0].length);
      out.push({start: a, end: b, t: whole.slice(a, b)});
    }
  }
  const lead = LEADING_SUBORDINATE_RE.exec(norm);
  if (lead) {
    const k: Clause = {start: 0, end: lead[0].length - 2, t: norm.slice(0, lead[0].length - 2)};
    // "Rather than incrementing it, KVM flips it": the leading clause names what is not done.
    if (CONTRAST_LEAD_RE.test(lead[0])) k.contrast = true;
    out.push(k);
    start = lead[0].length;
  }
  let boundary: string | undefined;
  const push = (a: number, b: number) => {
    const k: Clause = {start: a, end: b, t: norm.slice(a, b)};
    if (boundary) {
      k.lead = boundary;
      if (CONTRAST_LEAD_RE.test(boundary)) k.contrast = true;
    }
    out.push(k);
  };
  CLAUSE_RE.lastIndex = start;
  for (let m = CLAUSE_RE.exec(norm); m; m = CLAUSE_RE.exec(norm)) {
    if (m.index < start) continue;
    if (m.index > start) push(start, m.index);
    start = m.index + m[0].length;
    boundary = m[0];
  }
  if (start < norm.length) push(start, norm.length);
  if (norm.includes('(')) {
    // "X (it is not protected by mmu_lock)": a parenthetical with its own verb is its own
    // clause, blanked out of the clause around it (offsets are kept).
    PAREN_CLAUSE_RE.lastIndex = 0;
    for (let m = PAREN_CLAUSE_RE.exec(norm); m; m = PAREN_CLAUSE_RE.exec(norm)) {
      const a = m.index + 1;
      const b = m.index + m[0].length - 1;
      const outer = out.find((k) => k.start <= m!.index && k.end >= m!.index + m![0].length);
      if (!outer) continue;
      outer.t = outer.t.slice(0, m.index - outer.start) + ' '.repeat(m[0].length) + outer.t.slice(m.index + m[0].length - outer.start);
      out.push({start: a, end: b, t: norm.slice(a, b)});
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

/** A clause boundary that introduces what is NOT the case. */
const CONTRAST_LEAD_RE = /\b(?:rather\sthan|instead\sof|as\sopposed\sto)\s/;
/** "roots used to be zapped by a worker": the past, not the kernel at hand ("is used to track" is a purpose). */
const USED_TO_RE = /(?<!\b(?:is|are|be|been|being|was|were|also|only|mainly|primarily|just|solely|not|never|commonly)\s)\bused\sto\sbe\b|\b(?:kvm|it|they|we|this|that|these|those)\sused\sto\s|\bused\sto\s[^.;]{1,80}\b(?:but\snow|no\slonger|any\s?more|nowadays|these\sdays|until\sv?\d)\b/;

const PAREN_CLAUSE_RE = /\((?=[^()]{0,120}\b(?:is|are|was|were|isn't|aren't|does|doesn't|do|don't|must|can|cannot|may|not|never)\b)[^()]{1,160}\)/g;

type About = NonNullable<ClaimBase['about']> | 'unknown';

/** Version phrases of a sentence ("Before v6.9", "Since 6.4"), with their places. */
function versionPhrases(norm: string): {at: number; about: About}[] {
  const out: {at: number; about: About}[] = [];
  if (!/\d\.\d/.test(norm)) return out;
  VERSION_PHRASE_RE.lastIndex = 0;
  for (let m = VERSION_PHRASE_RE.exec(norm); m; m = VERSION_PHRASE_RE.exec(norm)) {
    const w = m[1];
    const rel = /^(?:since|as\sof|starting|from|post-)/.test(w) ? 'since' : /^(?:before|prior|pre-)/.test(w) ? 'before' : /^(?:in|up\sto)$/.test(w) ? 'in' : undefined;
    let about: About = 'unknown';
    if (rel) {
      try {
        about = {rel, version: parseVersion(`v${m[2]}.${m[3]}`)};
      } catch {
        about = 'unknown';
      }
    }
    out.push({at: m.index, about});
  }
  return out;
}

function applyAbout(claims: Claim[], about: About | undefined): void {
  if (!about) return;
  for (const c of claims) {
    if (about === 'unknown') c.uncertain = true;
    else c.about = about;
  }
}

function sentence(ctx: Ctx): void {
  const norm = ctx.norm;
  const first = ctx.out.length;
  const mentions = findMentions(ctx);
  const clauses = clausesOf(norm);
  const sentFlavors = flavorsIn(norm);
  const versions = versionPhrases(norm);
  const aboutOf = (c: Clause): About | undefined => {
    const inClause = versions.filter((v) => v.at >= c.start && v.at < c.end);
    if (inClause.length === 1) return inClause[0].about;
    if (inClause.length > 1) return 'unknown';
    if (versions.length === 1) return versions[0].about;
    return versions.length > 1 ? 'unknown' : undefined;
  };
  let prevSubject: string[] | undefined;
  let prev: Clause | undefined;
  for (const c of clauses) {
    const from = ctx.out.length;
    // Mentions inside a parenthetical clause blanked out of this one belong to that clause.
    const cm = mentions.filter((m) => m.start >= c.start && m.end <= c.end && c.t.charCodeAt(m.start - c.start) !== 32);
    lockClaims(ctx, c, cm, sentFlavors, prev);
    const subj = fieldClaims(ctx, c, prevSubject);
    if (subj) prevSubject = subj;
    mannerClaims(ctx, c, sentFlavors, prev);
    refHolderClaims(ctx, c);
    // "...; it also handles indirect ones": the fast path as a pronoun.
    if (c.t.includes('fast') || (prev?.t.includes('fast') && PRONOUN_START_RE.test(c.t) && FAST_PF_RE.test(prev.t))) fastPathClaims(ctx, c, prev);
    applyAbout(ctx.out.slice(from), aboutOf(c));
    if (c.contrast || (c.t.includes('used to') && USED_TO_RE.test(norm.slice(c.start)))) {
      for (const k of ctx.out.slice(from)) {
        // What is not the case, or what used to be: a lock claim is left alone, other claims flip.
        if (k.kind === 'lock' || !c.contrast) k.uncertain = true;
        else k.negated = !k.negated;
      }
    }
    prev = c;
  }
  for (const m of mentions) {
    const from = ctx.out.length;
    lockNameClaims(ctx, m);
    const c = clauses.find((k) => m.start >= k.start && m.start < k.end);
    if (c) applyAbout(ctx.out.slice(from), aboutOf(c));
  }
  // Hedged statements and questions do not commit to their claims.
  if (HEDGE_RE.test(norm) || /\?[\s)'"`*]*$/.test(norm)) for (const c of ctx.out.slice(first)) c.uncertain = true;
}

// ---------------------------------------------------------------- manner, reference holders

/** "freed immediately", "without waiting for an RCU grace period" / "freed via call_rcu()", "after a grace period". */
const FREE_IMMEDIATE_RE =
  /\b(?:freed|frees|free|freeing|released|destroyed)\s(?:[a-z]{1,10}\s){0,2}?(?:immediately|right\saway|at\sonce)\b|\bimmediately\s(?:freed|destroyed)\b|\bwithout\s(?:waiting\s(?:for\s)?)?(?:an?\s)?(?:rcu\s)?grace\speriod\b|\bwithout\s(?:going\sthrough\s)?(?:rcu|call_rcu)\b/;
const FREE_RCU_RE = /\bcall_rcu\b|\b(?:after|once|following)\s(?:an?\s|the\s)?(?:rcu\s)?grace\speriod\b|\b(?:via|through|using|with|by)\s(?:rcu|call_rcu)\b/;

function freeMannerClaims(ctx: Ctx, c: Clause, sentFlavors: Flavor[]): void {
  const t = c.t;
  const imm = FREE_IMMEDIATE_RE.exec(t);
  const m = imm ?? FREE_RCU_RE.exec(t);
  if (!m) return;
  if (!opsIn(ctx, c, undefined).some((o) => o.op === 'free-root')) return;
  let flavors = flavorsIn(t);
  if (flavors.length === 0) flavors = sentFlavors;
  if (flavors.length === 0 && ctx.names.length > 0 && ctx.names.every((n) => TDP_ONLY.has(n))) flavors = ['tdp'];
  // Only TDP MMU roots are freed through RCU; shadow pages are freed after a remote TLB flush.
  if (flavors.length !== 1 || flavors[0] !== 'tdp') return;
  const negated = countNegations(t, m.index, m.index + m[0].length) > 0 && !/^without/.test(m[0]);
  ctx.out.push({
    ...base(ctx, 'op-manner', c.start + m.index, c.start + m.index + m[0].length, negated),
    op: 'free-root', manner: imm ? 'immediate' : 'rcu', flavors,
  });
}

function mannerClaims(ctx: Ctx, c: Clause, sentFlavors: Flavor[], prev?: Clause): void {
  const t = c.t;
  if ((t.includes('free') || t.includes('releas') || t.includes('destroy')) && (t.includes('immediate') || t.includes('rcu') || t.includes('grace') || t.includes('right away') || t.includes('at once'))) {
    const before = ctx.out.length;
    freeMannerClaims(ctx, c, sentFlavors);
    if (ctx.out.length > before) return;
  }
  // Freeing is checked only against a worker: "freed from a workqueue".
  if (!/zap|tear/.test(t) && !(/free|destr/.test(t) && /work|thread|background/.test(t))) return;
  const a = ASYNC_RE.exec(t);
  const sy = a ? null : SYNC_RE.exec(t);
  let m = a ?? sy;
  if (!m) return;
  let found = opsIn(ctx, c, undefined);
  // "..., but now a workqueue zaps them": the previous clause's invalidated roots.
  if (found.length === 0 && prev && /\bzap(?:s|ped|ping)?\s(?:them|it)\b|\b(?:they|it)\s(?:are|is|get|gets)\s(?:now\s)?zapped\b/.test(t)) {
    found = opsOf(ctx, prev).filter((o) => o.op === 'zap-invalid-roots');
  }
  let op: Op = 'zap-invalid-roots';
  if (!found.some((o) => o.op === 'zap-invalid-roots')) {
    // "Invalid roots are freed from a workqueue": only a worker claim about
    // invalidated roots is checked; freeing itself goes through call_rcu.
    if (!found.some((o) => o.op === 'free-root') || !/\b(?:invalid|invalidated|obsolete)\b/.test(t) || t.includes('rcu')) return;
    if (!a || !/worker|workqueue|work\sitem|kthread|background|_wq\b/.test(a[0])) return;
    op = 'free-root';
    m = a;
  }
  let flavors = flavorsIn(t);
  if (flavors.length === 0) flavors = sentFlavors;
  const negated = countNegations(t, m.index, m.index + m[0].length) > 0;
  const manner = (a ? 'async' : 'sync') as 'async' | 'sync';
  ctx.out.push({
    ...base(ctx, 'op-manner', c.start + m.index, c.start + m.index + m[0].length, negated),
    op, manner, flavors,
  });
}

// ---------------------------------------------------------------- the fast page-fault path

const FAST_PF_RE = /\bfast[ _-]page[ _-]fault(?:s|\spath|\shandler)?\b|\bfast[ _-]pf\b|\bfast\spath\b|\bfast_page_fault\b|\bfast_pf_fix_direct_spte\b/;
/** A verb of handling: the clause says what the fast path does with such faults or MMUs. */
const FAST_HANDLE_RE = /\b(?:handl|support|cover|fix|work|appl|tak|go(?:es)?\sthrough|run|allow|enabl|resolv|serv|process|used?\s(?:for|on|by|with)\b|uses\b)/;
/** The clause keeps such faults or MMUs out of the fast path. */
const FAST_EXCLUDE_RE = /\b(?:disabled\sfor|excluded|rejected|refused|skipped|bypass(?:es|ed)?|slow\spath|fall(?:s)?\sback|punted|except|other\sthan|non-mmio)\b/;
const FAST_INDIRECT_RE = /\b(?:indirect|shadow[ -]paging|non-direct)\b/;
const FAST_MMIO_RE = /(?<!non-)\b(?:mmio|reserved[- ]bits?)\b/;
const FAST_NOT_PRESENT_RE = /\b(?:not|non)[- ]present\s(?:faults?|sptes?|entries|page\sfaults?)\b/;
const FAST_PW_ONLY_RE = /\b(?:p|present)\s(?:bit\s)?(?:and|&)\s(?:the\s)?(?:w|r\/w|write|writable)(?:\sbits?)?\b|\bpresent\swrite\sfaults?\b|\bwrite\sfaults?\son\spresent\b/;
const FAST_UNBOUNDED_RE = /\b(?:until\s(?:it\s|the\scmpxchg\s)?succeeds|indefinitely|forever|as\slong\sas\s(?:needed|necessary)|without\s(?:a\s|any\s)?(?:limit|bound)|unbounded|endlessly|as\smany\stimes\sas)\b/;
const FAST_RETRY_COUNT_RE = /\b(?:at\smost|up\sto|no\smore\sthan|a\smaximum\sof|max(?:imum)?\sof|(at\sleast|more\sthan|a\sminimum\sof))\s(\d{1,2}|one|two|three|four|five|six|seven|eight)\s(?:times|retries|attempts)\b/;

function fastPathClaims(ctx: Ctx, c: Clause, prev?: Clause): void {
  const t = c.t;
  const a = FAST_PF_RE.exec(t) ?? (prev && PRONOUN_START_RE.test(t) ? FAST_PF_RE.exec(prev.t) : null);
  if (!a) return;
  const push = (m: RegExpExecArray, aspect: FastPathClaimAspect, negated: boolean, extra: {retries?: number | 'unbounded'; atLeast?: boolean} = {}) => {
    ctx.out.push({...base(ctx, 'fast-path', c.start + m.index, c.start + m.index + m[0].length, negated), aspect, ...extra} as Claim);
  };
  const handles = FAST_HANDLE_RE.test(t);
  const excluded = FAST_EXCLUDE_RE.test(t);
  if (handles) {
    const ind = FAST_INDIRECT_RE.exec(t);
    if (ind) push(ind, 'indirect', excluded || countNegations(t, -1, -1) > 0);
    const mm = FAST_MMIO_RE.exec(t);
    if (mm && !ind) push(mm, 'mmio', excluded || countNegations(t, -1, -1) > 0);
  }
  const np = FAST_NOT_PRESENT_RE.exec(t);
  if (np && (handles || excluded)) push(np, 'not-present', excluded || countNegations(t, np.index, np.index + np[0].length) > 0);
  if (t.includes('only')) {
    const pw = FAST_PW_ONLY_RE.exec(t);
    if (pw && /\bonly\b/.test(t) && countNegations(t, -1, -1) === 0) push(pw, 'present-write-only', false);
  }
  if (t.includes('retr')) {
    const u = FAST_UNBOUNDED_RE.exec(t);
    const n = u ? null : FAST_RETRY_COUNT_RE.exec(t);
    const neg = countNegations(t, -1, -1) > 0;
    if (u) push(u, 'retry', neg, {retries: 'unbounded'});
    else if (n && numberWord(n[2]) !== undefined) {
      // "at least 8 times" / "more than 4 times": a lower bound.
      const k = numberWord(n[2])! + (n[1]?.startsWith('more') ? 1 : 0);
      push(n, 'retry', neg, n[1] ? {retries: k, atLeast: true} : {retries: k});
    }
  }
  if (/spte|store|write/.test(t)) {
    const ps = PLAIN_STORE_RE.exec(t);
    if (ps) push(ps, 'plain-store', countNegations(t, -1, -1) > 0);
  }
}

type FastPathClaimAspect = 'indirect' | 'mmio' | 'not-present' | 'present-write-only' | 'retry' | 'plain-store';

/** "Root iterators never take a reference": root walkers hold none. */
const WALKER_NO_REF_RE =
  /\b(?:root\s)?(?:iterators?|walkers?)\s(?:[a-z_-]{1,12}\s){0,3}?(?:(?:never|don't|do\snot|does\snot|doesn't|cannot|can't|need\snot)\s(?:need\sto\s)?(?:take|hold|get|grab|acquire|elevate|bump)|without\s(?:taking|holding|getting|grabbing|acquiring|elevating|bumping))\s(?:a\s|any\s|an?\sextra\s)?(?:references?|refs?|refcounts?)\b/;
/** "the count of a valid root never reaches zero", "one (reference) for the TDP MMU": the TDP MMU holds its own reference. */
const TDP_MMU_REF_RE =
  /\bvalid\sroots?(?:'s)?\s(?:(?:ref(?:erence\s)?)?count|refcount|tdp_mmu_root_count)\s(?:[a-z]{1,10}\s){0,2}?(?:never|cannot|can't|can\snot)\s(?:reach(?:es)?|drops?\sto|hits?|goes\sto|go\sto|falls?\sto|becomes?)\s(?:zero|0)\b|\b(?:ref(?:erence\s)?count|refcount|count)\sof\s(?:a\s|the\s|any\s)?valid\sroots?\s(?:[a-z]{1,10}\s){0,2}?(?:never|cannot|can't|can\snot)\s(?:reach(?:es)?|drops?\sto|hits?|goes\sto|go\sto|falls?\sto|becomes?)\s(?:zero|0)\b|\bone\s(?:reference\s|ref\s)?(?:for|belongs\sto|owned\sby|held\sby)\s(?:the\s)?tdp\smmu\b|\bthe\stdp\smmu\s(?:itself\s)?(?:holds|keeps|owns|takes|retains)\s(?:a|one|its\sown|an\sextra)\s(?:reference|ref)\b/;
/** "A valid root is freed as soon as the last vCPU using it drops its reference": no reference of the TDP MMU's own. */
const NO_TDP_MMU_REF_RE =
  /\bvalid\sroots?\s(?:is|are|gets|get)\s(?:[a-z]{1,12}\s)?(?:freed|destroyed|torn\sdown)\s(?:as\ssoon\sas|when|once|after)\s(?:the\s)?(?:last\s)?(?:vcpus?|no\s(?:vcpus?|one)\s(?:uses|is\susing|references|holds))\b/;

function refHolderExtraClaims(ctx: Ctx, c: Clause): void {
  const t = c.t;
  if (!t.includes('ref') && !t.includes('count') && !t.includes('valid root')) return;
  const tdpCtx = ctx.names.includes('tdp_mmu_root_count') || TDP_RE.test(ctx.norm);
  if (!tdpCtx) return;
  const push = (m: RegExpExecArray | null, holders: Actor[], negated: boolean) => {
    if (!m) return;
    ctx.out.push({
      ...base(ctx, 'ref-holders', c.start + m.index, c.start + m.index + m[0].length, negated),
      subject: 'tdp_mmu_root_count', holders, only: false,
    } as Claim);
  };
  if (t.includes('iterator') || t.includes('walker')) push(WALKER_NO_REF_RE.exec(t), ['root-walker'], true);
  if (t.includes('valid') || t.includes('tdp mmu')) {
    const m = TDP_MMU_REF_RE.exec(t);
    // "... never reaches zero" is the claim itself; another negation turns it around.
    if (m && countNegations(t, m.index, m.index + m[0].length) === 0) push(m, ['tdp-mmu'], false);
    const n = NO_TDP_MMU_REF_RE.exec(t);
    if (n && countNegations(t, -1, -1) === 0) push(n, ['tdp-mmu'], true);
  }
}

function refHolderClaims(ctx: Ctx, c: Clause): void {
  refHolderExtraClaims(ctx, c);
  if (!c.t.includes('vcpu') || !(c.t.includes('only') || c.t.includes('but') || c.t.includes('except'))) return;
  REF_ONLY_RE.lastIndex = 0;
  for (let m = REF_ONLY_RE.exec(c.t); m; m = REF_ONLY_RE.exec(c.t)) {
    if (!REF_WORD_RE.test(c.t) || !/\bonly\b|\bbut\b|\bexcept\b|\bother\sthan\b/.test(m[0])) continue;
    const pre = c.t.slice(Math.max(0, m.index - 6), m.index);
    if (/\bnot\s$/.test(pre)) continue;
    const tdp = ctx.names.includes('tdp_mmu_root_count') || TDP_RE.test(c.t);
    const shadowOnly = !tdp && ctx.names.includes('root_count');
    const claim = {
      ...base(ctx, 'ref-holders', c.start + m.index, c.start + m.index + m[0].length, countNegations(c.t, m.index, m.index + m[0].length) > 0),
      subject: tdp ? 'tdp_mmu_root_count' : 'root_count', holders: ['vcpu'], only: true,
    } as Claim;
    if (shadowOnly || (!tdp && ctx.names.length !== 1)) claim.uncertain = true;
    ctx.out.push(claim);
  }
}

// ---------------------------------------------------------------- locks

function findMentions(ctx: Ctx): Mention[] {
  const norm = ctx.norm;
  const out: Mention[] = [];
  const matches: RegExpExecArray[] = [];
  LOCK_RE.lastIndex = 0;
  for (let m = LOCK_RE.exec(norm); m; m = LOCK_RE.exec(norm)) matches.push(m);
  // "with no lock held", "lockless", "without holding any lock": a separate, gated pass.
  if (norm.includes('no lock') || norm.includes('lockless') || norm.includes('any lock')) {
    NO_LOCK_RE.lastIndex = 0;
    for (let m = NO_LOCK_RE.exec(norm); m; m = NO_LOCK_RE.exec(norm)) matches.push(m);
    matches.sort((a, b) => a.index - b.index);
  }
  for (const m of matches) {
    const w = classifyLock(m);
    if (!w) continue;
    const start = m.index;
    const end = start + m[0].length;
    // "a read lock on mmu_lock": the mode word belongs to the named lock.
    if (w.implicit && /^\s(?:on|of)\s(?:the\s)?(?:kvm->)?mmu_lock\b/.test(norm.slice(end, end + 24))) continue;
    const mention: Mention = {
      start, end, w, written: ctx.text.slice(start, end), phraseStart: start, phraseEnd: end, without: false,
      withoutStart: start,
    };
    if (w.mode) mention.mode = w.mode;
    const after = norm.slice(end, end + 80);
    const ma = MODE_AFTER_RE.exec(after);
    if (ma && !w.mode) {
      mention.mode = modeOfWord(ma[1]);
      mention.phraseEnd = end + ma[0].length;
      const rest = norm.slice(mention.phraseEnd, mention.phraseEnd + 24);
      const either = /^\s(?:or|and|\/)\s(?:for\s|in\s)?(?:read|write|reading|writing|shared|exclusive)\b/.exec(rest);
      if (either) {
        mention.mode = 'held';
        mention.phraseEnd += either[0].length;
      }
    } else if (!w.mode) {
      const held = /^\s{1,3}(?:is\s|are\s)?(?:held|taken|locked)\s(?:in\s)?(?:either|any)\s(?:mode|way)\b/.exec(after);
      if (held) {
        mention.mode = 'held';
        mention.phraseEnd = end + held[0].length;
      }
    }
    const before = norm.slice(Math.max(0, start - 40), start);
    const mb = MODE_BEFORE_RE.exec(before);
    if (mb && !mention.mode) {
      mention.mode = modeOfWord(mb[1]);
      mention.phraseStart = start - mb[0].length;
    }
    if (w.implicit && /\b(?:read|write)\s(?:or|and|\/)\s$/.test(before)) {
      mention.mode = 'held';
      mention.phraseStart = start - 9;
    }
    // "before releasing the MMU lock", "since the MMU lock was last acquired":
    // the lock is a moment in the sentence, not what an operation needs.
    if ((before.includes('releas') || before.includes('drop') || before.includes('unlock') || before.includes('yield')) && RELEASE_BEFORE_RE.test(before)) mention.event = true;
    else if (/^\s(?:was|is|has\sbeen|had\sbeen|were)\s(?:last|first|most\srecently)\s/.test(after) || (after.includes('released') || after.includes('dropped')) && RELEASED_AFTER_RE.test(after)) mention.event = true;
    // "Holding mmu_lock for write blocks page faults": the lock is what blocks the operation, not what it needs.
    if (BLOCKS_AFTER_RE.test(norm.slice(mention.phraseEnd, mention.phraseEnd + 30))) mention.blocker = true;
    // "without exclusive control of the MMU lock": the mode phrase sits between "without" and the lock.
    const ws = mention.phraseStart;
    const wb = WITHOUT_BEFORE_RE.exec(norm.slice(Math.max(0, ws - 50), ws));
    if (wb) {
      mention.without = true;
      mention.withoutStart = ws - wb[0].length;
    }
    if (NOT_REQUIRED_AFTER_RE.test(norm.slice(mention.phraseEnd, mention.phraseEnd + 60))) mention.after = 'not-required';
    else if (REQUIRED_AFTER_RE.test(norm.slice(mention.phraseEnd, mention.phraseEnd + 60))) mention.after = 'required';
    // "mmu_lock must be held for write": the mode comes after the verb.
    if (mention.after && !mention.mode) {
      const rest = norm.slice(mention.phraseEnd, mention.phraseEnd + 60);
      const mm = /^\s{1,3}(?:[a-z']{1,10}\s){1,3}(?:held|taken|acquired|locked)\s(?:only\s)?(?:in\s)?(for\s(?:read|write|reading|writing)|(?:read|write|shared|exclusive)\smode|shared|exclusively)\b/.exec(rest);
      if (mm) {
        mention.mode = modeOfWord(mm[1]);
        mention.phraseEnd += mm[0].length;
      }
    }
    out.push(mention);
  }
  return out;
}

function flavorsIn(t: string): Flavor[] {
  const tdp = TDP_RE.test(t);
  const shadow = SHADOW_RE.test(t);
  if (tdp && !shadow) return ['tdp'];
  if (shadow && !tdp) return ['shadow'];
  return [];
}

function actorsIn(t: string): Actor[] {
  const out: Actor[] = [];
  for (const a of ACTORS) if (a.re.test(t)) out.push(a.actor);
  if (out.includes('fast-pf') && out.includes('vcpu') && !/\bvcpu/.test(t)) out.splice(out.indexOf('vcpu'), 1);
  return out;
}

function countNegations(t: string, skipFrom: number, skipTo: number): number {
  let n = 0;
  NEGATION_RE.lastIndex = 0;
  for (let m = NEGATION_RE.exec(t); m; m = NEGATION_RE.exec(t)) {
    if (m.index >= skipFrom && m.index < skipTo) continue;
    if (/^not\sonly\b/.test(t.slice(m.index, m.index + 9))) continue;
    n++;
  }
  return n;
}

function modalityOf(t: string): Quant {
  if (REQUIRES_RE.test(t)) return 'requires';
  if (SUFFICES_RE.test(t)) return 'suffices';
  return 'occurs';
}

interface OpHit {
  op: Op;
  subject?: string;
  start: number;
  end: number;
  /** The subject came from an entry with several names. */
  ambiguous?: boolean;
}

function opsIn(ctx: Ctx, c: Clause, prevSubject: string[] | undefined): OpHit[] {
  const hits: OpHit[] = [];
  const relevant = new Map<Op, boolean>();
  for (const o of OPS) {
    let wanted = relevant.get(o.op);
    if (wanted === undefined) {
      wanted = (OP_KEYS[o.op] ?? ['']).some((key) => c.t.includes(key));
      relevant.set(o.op, wanted);
    }
    if (!wanted) continue;
    o.re.lastIndex = 0;
    let m = o.re.exec(c.t);
    // "the elevated count", "an allocated root": a participle used as an adjective names no operation.
    // ("the invalidated roots are zapped" keeps its verb: the match ends with it.)
    while (m && /^[a-z]{3,16}ed\s/.test(m[0]) && !/(?:ed|\sdown|\sset|\sput)$/.test(m[0]) && ADJECTIVE_BEFORE_RE.test(c.t.slice(Math.max(0, m.index - 12), m.index))) m = o.re.exec(c.t);
    if (!m) continue;
    if (o.when && !o.when.test(ctx.norm) && !o.when.test(ctx.names.join(' '))) continue;
    const a = c.start + m.index;
    const b = a + m[0].length;
    if (hits.some((h) => h.op === o.op || (a < h.end && b > h.start))) continue;
    // "root_count may be incremented ...": the shadow MMU's plain counter, a member with its own lock rule.
    const shadowCount = /\broot_count\b/.test(m[0]) ||
      (ctx.names.length === 1 && ctx.names[0] === 'root_count' && /\bcount\b|refcount/.test(m[0]) && !/\btdp\b/.test(c.t));
    if ((o.op === 'get-ref' || o.op === 'put-ref') && shadowCount) hits.push({op: 'modify-field', subject: 'root_count', start: a, end: b});
    else hits.push({op: o.op, start: a, end: b});
  }
  if (hits.length > 0) return hits;
  // "X is only changed with ...": a member named as the subject.
  const subjects: {names: string[]; at: number; end: number}[] = [];
  MEMBER_RE.lastIndex = 0;
  for (let m = MEMBER_RE.exec(c.t); m; m = MEMBER_RE.exec(c.t)) subjects.push({names: [m[0]], at: m.index, end: m.index + m[0].length});
  PRONOUN_RE.lastIndex = 0;
  for (let m = PRONOUN_RE.exec(c.t); m; m = PRONOUN_RE.exec(c.t)) subjects.push({names: ctx.names, at: m.index, end: m.index + m[0].length});
  for (const s of subjects) {
    const fa = FIELD_MODIFY_AFTER_RE.exec(c.t.slice(s.end, s.end + 50));
    // "it can set the SPTE to ...": active voice, the subject is the agent and the object follows.
    const active = fa !== null && /^\s(?:the|a|an|its|their|this|that|these|those|each|every|all|any)\b/.test(c.t.slice(s.end + fa[0].length, s.end + fa[0].length + 8));
    if ((fa && !active) || FIELD_MODIFY_BEFORE_RE.test(c.t.slice(Math.max(0, s.at - 30), s.at))) {
      for (const n of s.names) {
        if (!hits.some((h) => h.subject === n)) hits.push({op: 'modify-field', subject: n, start: c.start + s.at, end: c.start + s.end, ambiguous: s.names.length > 1});
      }
    }
  }
  if (hits.length === 0 && c.start === 0 && PARTICIPLE_START_RE.test(c.t)) {
    // "Cleared with mmu_lock held for read." on unsync: the member's own operation.
    const verb = /\b(cleared|set|marked)\b/.exec(c.t.slice(0, 40))?.[1];
    const own = ctx.names.length === 1 && verb ? FIELD_VERB_OP[ctx.names[0]]?.[verb] : undefined;
    if (own) return [{op: own, start: c.start, end: c.start}];
    for (const n of ctx.names) hits.push({op: 'modify-field', subject: n, start: c.start, end: c.start, ambiguous: ctx.names.length > 1});
  }
  if (hits.length === 0 && prevSubject && /^\s*(?:and\s)?(?:is|are)\s(?:only\s)?(?:modified|changed|updated|written|protected)\b/.test(c.t)) {
    for (const n of prevSubject) hits.push({op: 'modify-field', subject: n, start: c.start, end: c.start});
  }
  return hits;
}

/** The operations of a clause, computed once. */
function opsOf(ctx: Ctx, k: Clause): OpHit[] {
  return (k.ops ??= opsIn(ctx, k, k.subject));
}

/** "X can be handled in parallel because they only take mmu_lock for read": a reason clause whose subject is a pronoun speaks of the previous clause's operation. */
const REASON_LEAD_RE = /\b(?:because|since|as|so)\b/;
const PRONOUN_START_RE = /^\s*(?:they|it|these|those)\s/;

function lockClaims(ctx: Ctx, c: Clause, mentions: Mention[], sentFlavors: Flavor[], prev?: Clause): void {
  let usable = mentions.filter((m) => !m.w.bad || badLockCorrection(m.written.toLowerCase()) !== undefined);
  // "no lock held other than slots_lock": a named lock wins over a generic "no lock".
  if (usable.some((m) => m.w.none) && usable.some((m) => !m.w.none)) usable = usable.filter((m) => !m.w.none);
  if (usable.length === 0) return;
  const t = c.t;
  // Nesting: "tdp_mmu_pages_lock can be taken without mmu_lock".
  const inner = usable.find((m) => m.w.lock === 'tdp_mmu_pages_lock' || m.w.lock === 'mmu_unsync_pages_lock');
  const outer = usable.find((m) => m.w.lock === 'mmu_lock');
  let nestingDone = false;
  if (inner && outer && inner.start < outer.start) {
    const between = ctx.norm.slice(inner.end, outer.withoutStart);
    if (outer.without && /\b(?:taken|acquired|held|grabbed|used|locked)\b/.test(between) || (outer.without && between.trim() === '')) {
      const neg = countNegations(t, outer.withoutStart - c.start, outer.start - c.start) > 0;
      const q = modalityOf(t);
      ctx.out.push({
        ...base(ctx, 'lock-nesting', inner.start, outer.phraseEnd, false),
        lock: inner.w.lock, outer: 'mmu_lock', required: neg, uncertain: q === 'requires' && !neg,
      });
      nestingDone = true;
    } else if (!outer.without && /^\s(?:does\snot|doesn't|do\snot|don't|never)\s(?:requires?|needs?)\s(?:the\s)?$/.test(ctx.norm.slice(inner.end, outer.start))) {
      // "tdp_mmu_pages_lock does not require mmu_lock (to be held)".
      ctx.out.push({...base(ctx, 'lock-nesting', inner.start, outer.end, false), lock: inner.w.lock, outer: 'mmu_lock', required: false});
      nestingDone = true;
    } else if (!outer.without && /^\s(?:is\s|are\s|can\sbe\s|may\sbe\s|must\sbe\s|(?:is\s|are\s)?(?:not\s)?(?:required|needed)\sto\sbe\s|need\snot\sbe\s|(?:does\snot|doesn't)\sneed\sto\sbe\s)?(?:only\s)?(?:ever\s)?(?:taken|acquired|held|nested)\s(?:only\s)?(?:inside|under|within|while\sholding|with)\b/.test(ctx.norm.slice(inner.end, inner.end + 60))) {
      ctx.out.push({
        ...base(ctx, 'lock-nesting', inner.start, outer.end, false),
        lock: inner.w.lock, outer: 'mmu_lock', required: countNegations(t, 0, 0) === 0,
      });
    }
  }
  let ops = opsIn(ctx, c, c.subject);
  if (ops.length === 0 && prev && c.lead && REASON_LEAD_RE.test(c.lead) && PRONOUN_START_RE.test(t)) ops = opsOf(ctx, prev).map((o) => ({...o}));
  const actors = actorsIn(t);
  const actorList: (Actor | undefined)[] = actors.length ? actors : actorsIn(ctx.norm).length === 1 ? actorsIn(ctx.norm) : [undefined];
  let flavors = flavorsIn(t);
  if (flavors.length === 0) flavors = sentFlavors;
  if (flavors.length === 0 && ctx.names.length > 0 && ctx.names.every((n) => TDP_ONLY.has(n))) flavors = ['tdp'];
  if (ops.length === 0 && actorList.includes('fast-pf')) ops.push({op: 'modify-spte', start: c.start, end: c.start});
  // "The yield-safe root iterators require ...": walking the roots.
  if (ops.length === 0 && actors.includes('root-walker') && /\byield[- ]safe\b|_yield_safe\b/.test(t)) ops.push({op: 'walk-roots', start: c.start, end: c.start});
  // "Fast zapping does not require slots_lock": the fast zap as a whole.
  if (ops.length === 0 && actors.includes('fast-zap') && FAST_ZAP_RE.test(t)) ops.push({op: 'fast-zap', start: c.start, end: c.start});
  // How SPTEs are written: a plain store is its own operation; "atomically"
  // qualifies the write, not the lock, so the lock claim is left alone.
  let spteManner: 'plain' | 'atomic' | undefined;
  if (ops.some((o) => o.op === 'modify-spte')) {
    if (PLAIN_STORE_RE.test(t)) spteManner = 'plain';
    else if (ATOMIC_MANNER_RE.test(t)) spteManner = 'atomic';
    if (spteManner === 'plain') for (const o of ops) if (o.op === 'modify-spte') o.op = 'store-spte';
  }
  const modeCount = new Set(usable.filter((m) => m.w.lock === 'mmu_lock').map((m) => m.mode ?? 'held')).size;
  // "needs either slots_lock or mmu_lock": neither lock is needed on its own (unless one is nested in the other).
  const disjunct = new Set<Mention>();
  let disjunctUncertain = false;
  if (usable.length > 1 && t.includes(' or ')) {
    for (let i = 1; i < usable.length; i++) {
      const x = usable[i - 1];
      const y = usable[i];
      if (x.w.lock === y.w.lock || x.without || y.without || x.w.none || y.w.none) continue;
      if (!/^\s?,?\s(?:or|or\selse)\s(?:the\s|by\s|with\s|under\s|holding\s)?$/.test(ctx.norm.slice(x.phraseEnd, y.phraseStart))) continue;
      const nested = (a: LockId, b: LockId) => (a === 'tdp_mmu_pages_lock' || a === 'mmu_unsync_pages_lock') && b === 'mmu_lock';
      if (nested(x.w.lock, y.w.lock) || nested(y.w.lock, x.w.lock) || countNegations(t, -1, -1) > 0) disjunctUncertain = true;
      disjunct.add(x);
      disjunct.add(y);
    }
  }
  for (const m of usable) {
    if (nestingDone && m.w.lock === 'mmu_lock') continue;
    // A lock named only as a moment ("before releasing mmu_lock") says nothing an operation needs; with a mode ("before releasing mmu_lock held for write") it still says how the lock was held.
    if ((m.event && !m.mode) || m.blocker) continue;
    if (m.w.bad && !m.mode && ops.length === 0) continue;
    let canon = canonical(ctx, c, m);
    if (disjunct.has(m) && canon) canon = disjunctUncertain ? {...canon, uncertain: true} : {quant: 'suffices', mode: 'none', negated: false};
    if (!canon) continue;
    if (ops.length === 0 && !m.mode && canon.mode !== 'none') continue;
    for (const op of ops.length ? ops : [undefined]) {
      for (const actor of actorList) {
        const claim: LockClaim = {
          ...base(ctx, 'lock', m.phraseStart, m.phraseEnd, canon.negated),
          flavors, lock: m.w.lock, mode: canon.mode, quant: canon.quant, written: m.written,
        };
        if (op) claim.op = op.op;
        if (op?.subject) claim.subject = op.subject;
        if (actor) claim.actor = actor;
        if (canon.uncertain || modeCount > 1 || (op?.op === 'modify-field' && (!op.subject || op.ambiguous))) claim.uncertain = true;
        if (op?.op === 'modify-spte' && spteManner === 'atomic' && actor !== 'fast-pf') claim.uncertain = true;
        ctx.out.push(claim);
      }
    }
  }
}

/** A release verb right before a lock name: "before releasing the MMU lock", "after dropping mmu_lock". */
const RELEASE_BEFORE_RE = /\b(?:releas(?:e|es|ed|ing)|drop(?:s|ped|ping)?|unlock(?:s|ed|ing)?|yield(?:s|ed|ing)?)\s(?:of\s)?(?:the\s|its\s|their\s)?(?:(?:read|write)\s(?:side\sof\s(?:the\s)?)?)?$/;
/** A verb of exclusion right after a lock phrase: "mmu_lock held for write blocks ...". */
const BLOCKS_AFTER_RE = /^\s(?:(?:also|thus|therefore|then)\s)?(?:blocks|excludes|prevents|stops|stalls|serializes\sagainst|keeps\sout|locks\sout|waits\sfor|blocking|excluding)\b/;
/** "mmu_lock is released", "once mmu_lock has been dropped". */
const RELEASED_AFTER_RE = /^\s(?:is|are|was|were|has\sbeen|had\sbeen|gets|got|be)\s(?:(?:temporarily|briefly|first|then)\s)?(?:released|dropped)\b/;

const ADJECTIVE_BEFORE_RE = /\b(?:the|a|an|its|their|this|that|these|those|each|every|any|newly|already|previously)\s$/;

const FAST_ZAP_RE = /\bfast[ -]zap|\bzap_all_fast\b|\bfast\s(?:invalidation|zapping)\b/;

const COND_BEFORE_RE =
  /\b(?:if|when|whenever|while|as\slong\sas|provided(?:\sthat)?|even\s(?:with|when|if|while|though))\s(?:(?:the|they|it|we|kvm|callers?|writers?|readers?|one|you|is|are|hold|holds|holding|has|have)\s){0,3}$/;

function canonical(ctx: Ctx, c: Clause, m: Mention): {quant: Quant; mode: Mode; negated: boolean; uncertain?: boolean} | undefined {
  const t = c.t;
  if (m.w.none) {
    // "with no lock held", "lockless": nothing is held (the claim is about mmu_lock).
    if (countNegations(t, m.start - c.start, m.end - c.start) > 0) return undefined;
    const q = modalityOf(t.slice(0, m.start - c.start) + t.slice(m.end - c.start));
    return {quant: q === 'suffices' ? 'suffices' : 'occurs', mode: 'none', negated: false};
  }
  const mode: Mode = m.mode ?? 'held';
  if (m.after === 'not-required') {
    return mode === 'held' ? {quant: 'suffices', mode: 'none', negated: false} : {quant: 'requires', mode, negated: true};
  }
  const rel0 = m.without ? m.withoutStart - c.start : m.start - c.start;
  // A lock in a condition ("when mmu_lock is held for read", "if they hold
  // mmu_lock for write") is what suffices for the main clause.
  const cond = COND_BEFORE_RE.exec(t.slice(Math.max(0, rel0 - 50), rel0));
  if (cond && !m.without && m.after === undefined) {
    if (/^even\s/.test(cond[0])) return undefined;
    const condStart = rel0 - cond[0].length;
    if (countNegations(t, -1, -1) > 0) return undefined;
    const main = t.slice(0, condStart) + t.slice(m.phraseEnd - c.start);
    const quant: Quant = REQUIRES_RE.test(main) || /\bonly\s$/.test(t.slice(0, condStart))
      ? 'requires'
      : SUFFICES_RE.test(main) || /^(?:if|provided|as\slong)/.test(cond[0]) ? 'suffices' : 'occurs';
    return {quant, mode, negated: false};
  }
  const neg = countNegations(t, rel0, m.phraseEnd - c.start) > 0;
  const q: Quant = m.after === 'required' ? 'requires' : modalityOf(t);
  if (m.without) {
    if (!neg) {
      if (q === 'suffices') return mode === 'held' ? {quant: 'suffices', mode: 'none', negated: false} : {quant: 'requires', mode, negated: true};
      if (q === 'occurs') return mode === 'held' ? {quant: 'occurs', mode: 'none', negated: false} : {quant: 'occurs', mode, negated: true};
      return undefined;
    }
    if (q === 'requires') return undefined;
    return {quant: 'requires', mode, negated: false};
  }
  if (neg) {
    if (q === 'requires') return mode === 'held' ? {quant: 'suffices', mode: 'none', negated: false} : {quant: 'requires', mode, negated: true};
    if (q === 'suffices') return mode === 'held' ? undefined : {quant: 'suffices', mode, negated: true};
    return mode === 'held' ? {quant: 'occurs', mode: 'none', negated: false} : {quant: 'occurs', mode, negated: true};
  }
  return {quant: q, mode, negated: false};
}

function lockNameClaims(ctx: Ctx, m: Mention): void {
  const norm = ctx.norm;
  if (m.w.bad) {
    const correct = badLockCorrection(m.w.bad);
    if (correct) {
      const a = m.w.bad === m.written.toLowerCase() ? m.start : m.start + m.written.toLowerCase().indexOf(m.w.bad);
      ctx.out.push({...base(ctx, 'lock-name', a, a + m.w.bad.length, false), written: ctx.text.slice(a, a + m.w.bad.length), correct, lock: m.w.lock});
    }
  }
  if (m.w.implicit) return;
  const after = LOCK_KIND_AFTER_RE.exec(norm.slice(m.end, m.end + 60));
  const before = LOCK_KIND_BEFORE_RE.exec(norm.slice(Math.max(0, m.start - 30), m.start));
  let kind: ReturnType<typeof lockKindOf> | undefined;
  let a = m.start;
  let b = m.end;
  if (after) {
    kind = lockKindOf(after[1]);
    b = m.end + after[0].length;
  } else if (before) {
    kind = lockKindOf(before[1]);
    a = m.start - before[0].length;
  } else if (m.w.kindHint) {
    kind = m.w.kindHint;
  }
  if (!kind) return;
  const clauseNeg = after ? /\b(?:not|never|no\slonger|isn't|wasn't)\b/.test(norm.slice(m.end, m.end + after[0].length)) : false;
  const rest = norm.slice(b, b + 50);
  const before64 = norm.slice(Math.max(0, a - 40), a);
  const after64 = /^\s{1,3}(?:(?:is\s)?only\s(?:on|for|with|in)\s(?:x86[_-]64|64-bit|64\sbit)(?:\s(?:kernels|hosts|builds))?|(?:on|for|in)\s(?:x86[_-]64|64-bit)\s(?:only|(?:kernels|hosts|builds)\sonly))\b/.exec(rest);
  if (after64) b += after64[0].length;
  const only64 = after64 !== null ||
    /\bonly\s(?:on|for|in)\s(?:x86[_-]64|64-bit)(?:\s(?:kernels|hosts|builds))?,?\s(?:[a-z_>.-]{1,20}\s){0,3}$/.test(before64);
  ctx.out.push({...base(ctx, 'lock-kind', a, b, clauseNeg), lock: m.w.lock, lockKind: kind, written: m.written, ...(only64 ? {only64} : {})});
}

// ---------------------------------------------------------------- fields

const ROLE_WORD = new Map<string, RegExp>();
/** "the level" / "this quadrant" for role.level / role.quadrant. */
function roleWordRe(name: string): RegExp {
  let re = ROLE_WORD.get(name);
  if (!re) {
    const bare = name.slice(5).replace(/[^a-z0-9_]/g, '');
    const w = bare.replace(/_/g, '[_ ]');
    // "has_4_byte_gpte can be ...": an identifier-like bit name stands for the bit on its own.
    re = new RegExp(`\\b(?:(?:the|this|its)\\s${w}(?:\\s(?:bits?|field|value))?${bare.includes('_') ? `|${bare}` : ''})\\b`);
    ROLE_WORD.set(name, re);
  }
  return re;
}

const TDP_COUNT_RE = /\btdp[ -]mmu(?:'s)?\s(?:root\s)?(?:reference\scount|ref\s?count|refcount)\b|\b(?:reference\scount|ref\s?count|refcount)\sof\s(?:a\s|the\s|each\s)?tdp[ -]mmu\sroots?\b/;

/** The member(s) a claim at `pos` (clause-relative) is about. */
/** A generation that is not the MMU's: the memslots' (MMIO SPTEs) or another counter's. */
const OTHER_GENERATION_RE = /\b(?:memslots?|kvm_memslots|mmio|slots?|address\sspaces?)\b|->generation\b/;

/** The clause speaks of the MMU generation (mmu_valid_gen), and its sentence of no other generation. */
function mentionsMmuGeneration(t: string, sentence: string): boolean {
  return t.includes('mmu_valid_gen') || (/\bgeneration\b/.test(t) && !OTHER_GENERATION_RE.test(sentence));
}

/**
 * A subject of its own between the chosen subject and the claim ("it means
 * the spte is always updated atomically"): the claim is not about the entry.
 */
const FOREIGN_SUBJECT_RE =
  /\b(?:the|a|an|each|every|any|this|that|such)\s(?:[a-z-]{1,20}\s){0,2}?(?:sptes?|ptes?|gptes?|page\stables?|entr(?:y|ies)|functions?|paths?|requests?|memslots?|guests?|hosts?|callers?|threads?|tasks?)\s(?:is|are|was|were|gets?|must|can|may|will|should|has|have)\b/;

function subjectAt(ctx: Ctx, c: Clause, pos: number, prev: string[] | undefined, after = false): string[] | undefined {
  let best: {names: string[]; at: number} | undefined;
  MEMBER_RE.lastIndex = 0;
  for (let m = MEMBER_RE.exec(c.t); m && m.index < pos; m = MEMBER_RE.exec(c.t)) {
    if (/\bsee\s$/.test(c.t.slice(Math.max(0, m.index - 4), m.index))) continue;
    best = {names: [m[0]], at: m.index};
  }
  PRONOUN_RE.lastIndex = 0;
  for (let m = PRONOUN_RE.exec(c.t); m && m.index < pos; m = PRONOUN_RE.exec(c.t)) {
    if (!best || m.index > best.at) best = {names: ctx.names, at: m.index};
  }
  if (ctx.names.length > 1 && (c.t.includes('both') || c.t.includes('all'))) {
    const every = /\b(?:both|all)\s(?:of\s)?(?:the(?:se)?\s)?(?:counters|fields|members|refcounts|reference\scounts)\b|\b(?:both|all)\sof\sthem\b/.exec(c.t);
    if (every && every.index < pos && (!best || every.index > best.at)) {
      const names = [...ctx.names];
      EVERY.add(names);
      best = {names, at: every.index};
    }
  }
  const gen = mentionsMmuGeneration(c.t, ctx.norm) ? /\b(?:(?:valid\s)?mmu\s)?generation\b/.exec(c.t) : null;
  if (gen && gen.index < pos && (!best || gen.index > best.at) && (/\bmmu\s/.test(gen[0]) || ctx.names.includes('mmu_valid_gen'))) {
    best = {names: ['mmu_valid_gen'], at: gen.index};
  }
  if (c.t.includes('tdp') && c.t.includes('count')) {
    // "the TDP MMU's root reference count", "the refcount of a TDP MMU root": tdp_mmu_root_count.
    const tc = TDP_COUNT_RE.exec(c.t);
    if (tc && tc.index < pos && (!best || tc.index > best.at)) best = {names: ['tdp_mmu_root_count'], at: tc.index};
  }
  for (const n of ctx.names) {
    if (!n.startsWith('role.')) continue;
    const rm = roleWordRe(n).exec(c.t);
    if (rm && rm.index < pos && (!best || rm.index > best.at)) best = {names: [n], at: rm.index};
  }
  if (best && pos - best.at < 90) return FOREIGN_SUBJECT_RE.test(c.t.slice(best.at + 1, pos)) ? undefined : best.names;
  if (after) {
    const rest = c.t.slice(pos, pos + 40);
    MEMBER_RE.lastIndex = 0;
    const mm = MEMBER_RE.exec(rest);
    PRONOUN_RE.lastIndex = 0;
    const pm = PRONOUN_RE.exec(rest);
    if (mm && (!pm || mm.index < pm.index)) return [mm[0]];
    if (pm) return ctx.names;
  }
  const before = c.t.slice(0, pos);
  if (/^[\s,(]*(?:(?:is|are|also|only|solely|exclusively|used|mainly|note|and|but|similar|it's|its|a|an|this|that|can|may|might|could|will|never|always)[\s,]{1,3}){0,5}$/.test(before)) {
    return prev ?? ctx.names;
  }
  // "An unsigned long that is incremented ...": a relative clause on the noun phrase that defines the entry.
  if (c.start === 0 && DEFINING_RELATIVE_RE.test(before) && !FOREIGN_NOUN_BEFORE_RE.test(before.replace(/\s(?:that|which)\s(?:is\s|are\s)?$/, ' '))) {
    return prev ?? ctx.names;
  }
  return undefined;
}

/** "also used on 64-bit hosts", "only on x86_64": the member exists on 64-bit kernels. */
const EXISTS_ON_RE =
  /\b(?:(?:also\s)?(?:used|present|exists?|available|defined|compiled(?:\sin)?|needed|there)\s(?:also\s)?(?:on|in|for|with)\s(?:both\s)?(?:32-bit\sand\s|32-\sand\s)?(?:64-bit|x86[_-]64|config_x86_64)\b|\b(?:only|exclusively)\s(?:on|in|for|with)\s(?:64-bit|x86[_-]64|config_x86_64)\b)/;
const DEFINING_RELATIVE_RE = /^\s*(?:an?|the)\s(?:[a-z_0-9-]{1,20}\s){1,3}(?:that|which)\s(?:is\s|are\s|gets\s)?(?:only\s|always\s)?$/;

/** Subjects that name every member of the entry ("both counters", "all of them"): claims hold for each. */
const EVERY = new WeakSet<string[]>();

function emitFor(subject: string[] | undefined, f: (s: string, uncertain: boolean) => void): void {
  if (!subject || subject.length === 0) return;
  const uncertain = subject.length > 1 && !EVERY.has(subject);
  for (const s of subject) f(s, uncertain);
}

const ATOMIC_RE =
  /\b(?:(non-atomic|not\satomic|isn't\satomic|plain\s(?:int|integer|counter))|(refcount_t|atomic_t|atomic64_t|atomic\s(?:refcount|reference\scount|counter|count|variable|integer|int|type|value)|atomically\s(?:updated|incremented|decremented|modified|changed|accessed|manipulated)|(?:updated|incremented|decremented|modified|changed|manipulated|accessed|adjusted|maintained|handled|counted)\satomically|(?:is|are)\s(?:(?:also|always)\s)?atomic(?=[\s.,;]|$))|(?:(?:is|as)\san?|^\s{0,3}an?)\s(?:plain\s|simple\s|normal\s)?(int|integer|u8|bool|unsigned\slong))\b/g;

/** A number in digits or as an English word ("zero" .. "eight"). */
const NUM = '(?:\\d{1,3}|zero|one|two|three|four|five|six|seven|eight)';
/** "zero or one", "one, two or three", "zero to three": number words in a list or range. */
const NUM_WORD_PAIR_RE = /\b(?:zero|one|two|three|four|five|six|seven|eight)(?:\s?,|\s(?:or|and|to|through|thru))\s/;
const VALUE_LIST_RE = /'?\b(\d{1,3})\b'?(?:\s?,\s?'?\d{1,3}'?){0,8}\s?,?\s(?:or|and)\s'?(\d{1,3})\b'?/g;
const VALUE_LIST_WORDS_RE = new RegExp(`'?\\b(${NUM})\\b'?(?:\\s?,\\s?'?${NUM}'?){0,8}\\s?,?\\s(?:or|and)\\s'?(${NUM})\\b'?`, 'g');
const VALUE_RANGE_RE = new RegExp(
  `\\b(?:range(?:\\sof)?|between|from|values?(?:\\sin)?|within|in)\\s(?:the\\s)?(?:range\\s)?'?(${NUM})'?\\s?(?:\\.\\.|-|–|to|through|thru|and)\\s?'?(${NUM})\\b'?(?!\\.\\d)` +
    `|\\b(\\d{1,2})\\.\\.(\\d{1,2})\\b|\\[\\s?(\\d{1,2})\\s?(?:,|\\.\\.)\\s?(\\d{1,2})\\s?\\]` +
    `|\\b(?:be|is|are|goes|take|takes)\\s(?:any\\s(?:value\\s)?)?(?:from\\s)?'?(${NUM})'?\\s?(?:to|through|thru|up\\sto|-|–)\\s?'?(${NUM})\\b'?(?![.-]\\d|[- ](?:level|bit|byte))`,
  'g'
);
/** "any 8-bit value": the whole range of a width. */
const ANY_WIDTH_RE = /\bany\s(?:(\d{1,2})[- ]bit\s(?:value|number|integer|quantity)|(u8|u16)(?:\s(?:value|number|integer|quantity))?|byte\s(?:value|number|integer|quantity))\b/g;
/** "can be 0": one possible value. */
const CAN_BE_RE = new RegExp(
  `\\b(?:can|may|might|could)\\s(?:also\\s|even\\s)?(?:be|become|equal|hold|take)\\s(?:the\\svalue\\s)?'?(${NUM})\\b'?(?![.,]?\\d|\\s?(?:-|bits?\\b|bytes?\\b|levels?\\b|times\\b|pages?\\b|entries\\b|[kmg]ib\\b|%|or\\b|and\\b|to\\b|through\\b|,))`,
  'g'
);
/** "at most 3", "up to 5 levels": the largest value. */
const MAX_VALUE_RE = new RegExp(
  `\\b(?:at\\smost|up\\sto|no\\s(?:more|larger|greater|higher)\\sthan|a\\smaximum\\s(?:value\\s)?of|(?:the\\s)?max(?:imum)?\\s(?:value\\s)?(?:is|of))\\s'?(${NUM})\\b'?(?=\\s?(?:levels?\\b|[.,;)]|$|\\s(?:and|or|but|on|in|for|with|when|if|inclusive)\\b))`,
  'g'
);
const CHANGE_RE =
  /\b(?:(flip(?:s|ped|ping)?|toggl(?:e|es|ed|ing)|alternat(?:e|es|ing)|switch(?:es)?\sbetween)|(increment(?:s|ed|ing)?|increas(?:e|es|ed|ing)|monotonic(?:ally)?|grows|keeps\sgrowing|counts\sup|bumped|wrap(?:s|ped)?\saround))\b/g;
const BLOCK_RE =
  /\b(?:without\s(?:ever\s)?blocking\s(?:the\s|all\s|any\s|running\s)?vcpus?(?<wl>\s(?:for\s)?(?:too\slong|long|a\slong\stime|excessively|indefinitely))?|(?:block(?:s|ing)?|stall(?:s|ing)?|stop(?:s|ping)?|halt(?:s|ing)?)\s(?:all\s)?(?:the\s|running\s)?vcpus?(?:(?<br>\s(?:only\s)?(?:briefly|momentarily|for\sa\sshort))|(?<un>\s(?:until|while|for\sthe\s(?:whole|entire|duration)|during\sthe\s(?:whole|entire)))|(?<lg>\s(?:for\s)?(?:too\slong|long|a\slong\stime)))?|vcpus?\s(?:are|is|get|gets)\s(?:(?:not|never|only|all)\s)?(?:blocked|stalled|stopped|paused)(?:(?<pbr>\s(?:only\s)?(?:briefly|momentarily|for\sa\sshort))|(?<pun>\s(?:until|while|for\sthe\s(?:whole|entire|duration)|during))|(?<plg>\s(?:for\s)?(?:too\slong|long|a\slong\stime)))?)/g;
const FLAVOR_RE =
  /\b(?:(?:(?:used|use|uses|using|needed|meaningful|relevant|accessed|valid)\s(?:only\s|exclusively\s|solely\s)?(?:by|in|for)\s(?:the\s)?)(tdp|shadow)(?:[ -]mmu)?\b|(?:only|exclusively|solely)\s(?:used\s)?(?:by|in|for)\s(?:the\s)?(tdp|shadow)[ -]mmu\b|(tdp|shadow)[ -]mmu[ -]only\b|(?:the\s)?(tdp|shadow)[ -]mmu\s(?:doesn't|does\snot|never|don't|do\snot|also|only)?\s?(?:uses?|checks?|compares?|reads?|looks\sat|relies\son|increments?|decrements?|updates?|maintains?|modif(?:y|ies)|roots\s(?:are\s)?(?:reference[ -]counted|ref[ -]?counted|counted|tracked)\s(?:with|by|in|using|through|via)\s(?:the\s)?(?:plain\s)?(?:int\s)?(?=root_count|tdp_mmu_root_count))\s?|(?:used\sby\s)?both\s(?:the\s)?(?:tdp\s(?:mmu\s)?and\s(?:the\s)?shadow|shadow\s(?:mmu\s)?and\s(?:the\s)?tdp)(?:\smmus?)?(?:\s(?:use|check|compare|read)\b)?|not\sused\s(?:by|in)\s(?:the\s)?(tdp|shadow)[ -]mmu\b)/g;
const GEN_ASPECT_RE = /\b(?:obsolete|obsolescence|stale|generations?)\b/;
const INITIAL_RE =
  /\b(?:start(?:s|ed|ing)?\s(?:out\s)?(?:at|with|from)|initiali[sz]ed\s(?:to|with|at)|(?:initiali[sz](?:e|es|ing)|set(?:s|ting)?)\s(?:its\s|the\s|their\s)?(?:refcount|reference\scount|ref\scount|root_count|tdp_mmu_root_count|count)\s(?:to|at)|(?:is\s)?set\sto|begins?\s(?:at|with)|initial\s(?:value|refcount|reference\scount|count)\s(?:of\s(?:[a-z_']{1,20}\s){1,5})?(?:is|of)|(?:created|allocated)\swith)\s(?:a\s)?(?:(?:refcount|reference\scount|ref\scount|count|value)\s(?:of\s)?)?'?(\d|one|two|zero|three)\b'?/g;
const INITIAL_HAS_RE =
  /\b(?:has|have|holds?|carr(?:y|ies)|gets?|given|with)\s(?:a\s|an\s)?(?:(?:initial|starting)\s)?(?:refcount|reference\scount|ref\scount|root_count|tdp_mmu_root_count|count)\s(?:of\s)?'?(\d|one|two|zero|three)\b'?|\b(?:has|have|holds?|carr(?:y|ies)|gets?|with)\s(?:exactly\s|only\s|just\s)?(?:'?(\d|one|two|three)'?|a\s(single|sole|lone))\s(?:references?|refs?)\b/g;
const FOREIGN_NOUN_BEFORE_RE =
  /\b(?:structs?|structures?|pages|lists?|sptes?|ptes?|entries|functions?|helpers?|paths?|code|bits|flags|roots|locks?|caches?|arrays?|objects?|sps|variables|fields|members)\s$/;
const RMAP_COMPOUND_RE = /^[\s_-](?:chains?|heads?|entry|entries|walks?|walkers?|iterators?|descriptors?|desc|lookups?|buckets?|arrays?|lists?|slots?|code|helpers?|functions?|operations?|locks?)\b/;
const NATURE_RE =
  /\b(?:(reverse[ -]map(?:ping)?|rmap)\b|(?:points?|pointing)\s(?:back\s)?(?:at|to)\s(?:the\s)?(?:parent\s)?spte\b|(?:address|pointer)\s(?:of|to)\s(?:the\s)?(?:parent\s)?spte\b|(?:a\s)?union\swith\s([a-z_]{2,40})|unioned\swith\s([a-z_]{2,40})|(?:shares?\s(?:its\s|this\s|the\ssame\s)?(?:storage|byte|bytes|memory|space)|(?:is\s|are\s)?shared,?\s(?:through|via|in|by)\s(?:a|an|the)\sunion,?)\swith\s(?:the\s)?(?:atomic\s|plain\s)?([a-z_]{2,40})|(?:(?:reused|repurposed|overlaid)|(?:byte|bytes|storage|memory|space)\s(?:is\s|are\s)?(?:also\s)?used)\sas\s([a-z0-9]{1,20}_[a-z0-9_]{1,40}))/g;

function fieldClaims(ctx: Ctx, c: Clause, prev: string[] | undefined): string[] | undefined {
  const t = c.t;
  let lastSubject: string[] | undefined;
  const neg = (from: number, to: number) => countNegations(t.slice(from, to), -1, -1) > 0;
  const cond = /^\s*(?:for|if|when|in\s(?:the\s)?case|on)\s/.test(t) || /\b(?:if|when)\b/.test(t);

  // Cheap substring gates before each pattern: a pattern never executed is
  // never compiled, and compiling is most of a cold run's extraction.
  ATOMIC_RE.lastIndex = 0;
  const atomicWords = t.includes('atomic') || t.includes('plain') || t.includes('refcount_t') || /\b(?:int|integer|u8|bool|unsigned\slong)\b/.test(t);
  for (let m = atomicWords ? ATOMIC_RE.exec(t) : null; m; m = ATOMIC_RE.exec(t)) {
    const subj = subjectAt(ctx, c, m.index, prev);
    if (subj) lastSubject = subj;
    const negated = neg(0, m.index);
    const atomic = m[1] ? false : m[2] ? true : false;
    let cType: string | undefined;
    if (m[2] && /^(?:refcount_t|atomic_t|atomic64_t)$/.test(m[2])) cType = m[2];
    if (m[3]) cType = m[3] === 'integer' ? 'int' : m[3].replace(/\s+/g, ' ');
    emitFor(subj, (s, uncertain) => {
      ctx.out.push({
        ...base(ctx, 'atomicity', c.start + m.index, c.start + m.index + m[0].length, negated), subject: s, atomic,
        ...(cType ? {cType} : {}), ...(uncertain ? {uncertain} : {}),
      });
    });
  }

  const only = /\b(?:only|always|either)\b/.test(t);
  const words = NUM_WORD_PAIR_RE.test(t);
  const digits = words || /\d/.test(t);
  const listRe = words ? VALUE_LIST_WORDS_RE : VALUE_LIST_RE;
  listRe.lastIndex = 0;
  for (let m = digits ? listRe.exec(t) : null; m; m = listRe.exec(t)) {
    const pre = t.slice(Math.max(0, m.index - 40), m.index);
    if (!/\b(?:be|is|are|either|only|ever|values?|holds?|takes?|contains?|equals?|of)\s(?:either\s|ever\s|only\s)?$/.test(pre)) continue;
    const values = [...m[0].matchAll(/\d{1,3}|[a-z]{3,5}/g)].map((x) => numberWord(x[0])).filter((x): x is number => x !== undefined);
    const subj = subjectAt(ctx, c, m.index, prev);
    if (subj) lastSubject = subj;
    emitFor(subj, (s, uncertain) =>
      ctx.out.push({
        ...base(ctx, 'values', c.start + m.index, c.start + m.index + m[0].length, neg(0, m.index)), subject: s, values,
        only, conditional: cond, ...(uncertain ? {uncertain} : {}),
      })
    );
  }
  VALUE_RANGE_RE.lastIndex = 0;
  for (let m = digits ? VALUE_RANGE_RE.exec(t) : null; m; m = VALUE_RANGE_RE.exec(t)) {
    const lo = numberWord(m[1] ?? m[3] ?? m[5] ?? m[7]) ?? NaN;
    const hi = numberWord(m[2] ?? m[4] ?? m[6] ?? m[8]) ?? NaN;
    if (!(hi > lo)) continue;
    // "can be 0 to 7": the phrase is the range, not the verb.
    const skip = m[7] !== undefined ? m[0].indexOf(m[7], 3) : m[1] !== undefined && /^in\s/.test(m[0]) ? 3 : 0;
    const subj = subjectAt(ctx, c, m.index, prev);
    if (subj) lastSubject = subj;
    emitFor(subj, (s, uncertain) =>
      ctx.out.push({
        ...base(ctx, 'values', c.start + m.index + skip, c.start + m.index + m[0].length, neg(0, m.index)), subject: s,
        range: {min: lo, max: hi}, only: only || /\brang(?:e|es|ing)\b/.test(t.slice(Math.max(0, m.index - 12), m.index + 6)), conditional: cond,
        ...(uncertain ? {uncertain} : {}),
      })
    );
  }
  ANY_WIDTH_RE.lastIndex = 0;
  for (let m = t.includes('any') ? ANY_WIDTH_RE.exec(t) : null; m; m = ANY_WIDTH_RE.exec(t)) {
    const bits = m[1] ? Number(m[1]) : m[2] === 'u16' ? 16 : 8;
    if (bits < 1 || bits > 16) continue;
    const subj = subjectAt(ctx, c, m.index, prev);
    if (subj) lastSubject = subj;
    emitFor(subj, (s, uncertain) =>
      ctx.out.push({
        ...base(ctx, 'values', c.start + m.index, c.start + m.index + m[0].length, neg(0, m.index)), subject: s,
        range: {min: 0, max: 2 ** bits - 1}, only: false, conditional: cond, ...(uncertain ? {uncertain} : {}),
      })
    );
  }
  CAN_BE_RE.lastIndex = 0;
  for (let m = digits && /\b(?:can|may|might|could)\b/.test(t) ? CAN_BE_RE.exec(t) : null; m; m = CAN_BE_RE.exec(t)) {
    const value = numberWord(m[1]);
    if (value === undefined) continue;
    const subj = subjectAt(ctx, c, m.index, prev);
    if (subj) lastSubject = subj;
    const at = m.index + m[0].lastIndexOf(m[1]);
    emitFor(subj, (s, uncertain) =>
      ctx.out.push({
        ...base(ctx, 'values', c.start + at, c.start + at + m[1].length, neg(0, m.index)), subject: s,
        values: [value], only: false, conditional: cond, ...(uncertain ? {uncertain} : {}),
      })
    );
  }
  MAX_VALUE_RE.lastIndex = 0;
  const maxWords = t.includes('most') || t.includes('up to') || t.includes('than') || t.includes('max');
  for (let m = digits && maxWords ? MAX_VALUE_RE.exec(t) : null; m; m = MAX_VALUE_RE.exec(t)) {
    const max = numberWord(m[1]);
    if (max === undefined) continue;
    const subj = subjectAt(ctx, c, m.index, prev);
    if (subj) lastSubject = subj;
    emitFor(subj, (s, uncertain) =>
      ctx.out.push({
        ...base(ctx, 'values', c.start + m.index, c.start + m.index + m[0].length, neg(0, m.index)), subject: s,
        max, only: false, conditional: cond, ...(uncertain ? {uncertain} : {}),
      })
    );
  }
  if (mentionsMmuGeneration(t, ctx.norm) || ctx.names.includes('mmu_valid_gen')) {
    CHANGE_RE.lastIndex = 0;
    for (let m = CHANGE_RE.exec(t); m; m = CHANGE_RE.exec(t)) {
      const change = m[1] ? 'flip' : 'increment';
      const aboutGen = mentionsMmuGeneration(t, ctx.norm);
      // "the memslot generation, which is incremented ...": another counter.
      if (!aboutGen && /\bgeneration\b/.test(ctx.norm) && OTHER_GENERATION_RE.test(ctx.norm)) continue;
      const subj = aboutGen ? ['mmu_valid_gen'] : subjectAt(ctx, c, m.index, prev);
      if (!subj || !subj.includes('mmu_valid_gen')) continue;
      ctx.out.push({
        ...base(ctx, 'values', c.start + m.index, c.start + m.index + m[0].length, neg(0, m.index)),
        subject: 'mmu_valid_gen', only: false, conditional: cond, change,
      });
    }
  }

  BLOCK_RE.lastIndex = 0;
  for (let m = t.includes('vcpu') ? BLOCK_RE.exec(t) : null; m; m = BLOCK_RE.exec(t)) {
    const w = m[0];
    const g = m.groups ?? {};
    const negated = /^without/.test(w) || neg(0, m.index) || /\b(?:not|never)\b/.test(w);
    let blocks: 'no' | 'briefly' | 'yes';
    if (g.br || g.pbr) blocks = negated ? 'no' : 'briefly';
    else if (g.wl || g.lg || g.plg) blocks = negated ? 'briefly' : 'yes';
    else if (g.un || g.pun) blocks = negated ? 'briefly' : 'yes';
    else blocks = negated ? 'no' : 'yes';
    const vague = !negated && !(g.un || g.pun || g.wl || g.lg || g.plg || g.br || g.pbr);
    const zapCtx = /\bfast[ -]zap|\bzap(?:s|ping)?\sall\b|zap_all_fast|\bzap(?:s|ping)?\s(?:of\s)?all\s|memslot|\bgeneration\b|mmu_valid_gen/.test(ctx.norm) || ctx.names.includes('mmu_valid_gen');
    const claim = {
      ...base(ctx, 'blocking', c.start + m.index, c.start + m.index + w.length, false), blocks,
      ...(zapCtx ? {actor: 'fast-zap' as const} : {}), subject: zapCtx ? 'fast-zap' : undefined,
    };
    if (!zapCtx || vague) claim.uncertain = true;
    ctx.out.push(claim as Claim);
  }

  FLAVOR_RE.lastIndex = 0;
  for (let m = t.includes('tdp') || t.includes('shadow') ? FLAVOR_RE.exec(t) : null; m; m = FLAVOR_RE.exec(t)) {
    const w = m[0];
    const which = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]) as 'tdp' | 'shadow' | undefined;
    // "kvm_mmu_page structs used by the TDP MMU": a participle on another noun.
    if (m[1] !== undefined && FOREIGN_NOUN_BEFORE_RE.test(t.slice(Math.max(0, m.index - 24), m.index))) continue;
    const mmu = which ?? 'both';
    const isUseVerb = m[4] !== undefined;
    const negated = m[5] !== undefined || /doesn't|does\snot|never|don't|do\snot/.test(w) || (!isUseVerb && neg(0, m.index));
    const only = /\b(?:only|exclusively|solely)\b/.test(w) || /\b(?:only|exclusively|solely)\b/.test(t.slice(Math.max(0, m.index - 12), m.index));
    // "the TDP MMU doesn't use X": X is the subject; the entry only when the object slot is empty or a pronoun.
    const objectEmpty = /^\s*(?:(?:this|these|at\sall|any\s?more|either|for|in|when|because|as|since|to|and|or|but)\b|[.,;:)]|$)/.test(t.slice(m.index + w.length));
    const subj = isUseVerb
      ? subjectAt(ctx, c, m.index + w.length, undefined, true) ?? (ctx.names.length === 1 && objectEmpty ? ctx.names : undefined)
      : subjectAt(ctx, c, m.index, prev, true);
    if (subj) lastSubject = subj;
    if (isUseVerb && /\balso\b/.test(w) === false && /only/.test(w)) {
      // "the TDP MMU only uses X": about X's use, not exclusivity.
    }
    const aspect = GEN_ASPECT_RE.test(t) ? {aspect: 'generation' as const} : {};
    emitFor(subj, (s, uncertain) =>
      ctx.out.push({
        ...base(ctx, 'mmu-flavor', c.start + m.index, c.start + m.index + w.trimEnd().length, negated), subject: s, mmu,
        only: isUseVerb ? false : only, ...(s === 'mmu_valid_gen' ? aspect : {}), ...(uncertain ? {uncertain} : {}),
      })
    );
  }
  // "TDP MMU pages become obsolete when their generation ...": the generation meaning.
  if (mentionsMmuGeneration(t, ctx.norm)) {
    OBSOLETE_RE.lastIndex = 0;
    for (let m = OBSOLETE_RE.exec(t); m; m = OBSOLETE_RE.exec(t)) {
      const negated = countNegations(t, -1, -1) > 0;
      ctx.out.push({
        ...base(ctx, 'mmu-flavor', c.start + m.index, c.start + m.index + m[0].length, negated), subject: 'mmu_valid_gen',
        mmu: m[1] as 'tdp' | 'shadow', only: false, aspect: 'generation',
      });
    }
  }

  const initialWords = /start|initial|set\sto|begin|created\swith|allocated\swith|count\sto/.test(t);
  // "A freshly allocated root has a refcount of 1": "has" counts only for a new root.
  const newRoot = (t.includes('ref') || t.includes('count')) && /\b(?:new|newly|fresh|freshly|allocated|created|initially)\b/.test(t);
  INITIAL_RE.lastIndex = 0;
  INITIAL_HAS_RE.lastIndex = 0;
  const re = initialWords && INITIAL_RE.test(t) ? INITIAL_RE : newRoot ? INITIAL_HAS_RE : undefined;
  if (re) re.lastIndex = 0;
  for (let m = re ? re.exec(t) : null; re && m; m = re.exec(t)) {
    const value = m[3] ? 1 : numberWord(m[1] ?? m[2]);
    if (value === undefined) continue;
    const refCtx = /\b(?:refcount|reference\scount|ref\scount|root_count|tdp_mmu_root_count|references?)\b/.test(ctx.norm);
    const tdp = /\btdp\b|tdp_mmu_root_count/.test(ctx.norm) || (ctx.names.length === 1 && ctx.names[0] === 'tdp_mmu_root_count');
    if (!refCtx || !/\broots?\b|root_count|tdp_mmu_root_count/.test(ctx.norm + ' ' + ctx.names.join(' '))) continue;
    const claim = {
      ...base(ctx, 'initial-value', c.start + m.index, c.start + m.index + m[0].length, neg(0, m.index)),
      subject: tdp ? 'tdp_mmu_root_count' : 'root_count', value,
    } as Claim;
    if (!tdp) claim.uncertain = true;
    ctx.out.push(claim);
  }

  NATURE_RE.lastIndex = 0;
  const natureWords = /map|spte|union|storage|byte|memory|space|reused|repurposed|overlaid/.test(t);
  for (let m = natureWords ? NATURE_RE.exec(t) : null; m; m = NATURE_RE.exec(t)) {
    const unionWith = m[2] ?? m[3] ?? m[4] ?? m[5];
    // "this rmap chain", "the rmap walk": the word modifies another noun, it is not what the entry is.
    if (m[1] && RMAP_COMPOUND_RE.test(t.slice(m.index + m[0].length, m.index + m[0].length + 14))) continue;
    const nature = unionWith ? undefined : m[1] ? 'reverse-map' : 'parent-spte-pointer';
    // "rmap only contains ...": the word is the subject of a verb of its own, not what a member is.
    const ownVerb = /^\s(?:(?:only|also|still|then|now|always|never|already)\s)?(?:contains?|is|are|has|have|holds?|tracks?|maps?|points?|stores?|must|can|may|will|should|does|do|did|was|were|needs?|gets?)\b/.test(t.slice(m.index + m[0].length, m.index + m[0].length + 24));
    if (ownVerb && !/[a-z]/.test(t.slice(0, m.index).replace(/\b(?:the|a|an|this|that|its|and|but|so|then)\b/g, ''))) continue;
    let subj = subjectAt(ctx, c, m.index, prev, false);
    if (!subj && ctx.names.length === 1) {
      const before = t.slice(0, m.index);
      // Only a defining noun phrase ("The reverse mapping for ...", "Used as
      // a reverse map ...") speaks of the entry; "The mmu maintains a reverse
      // mapping ..." has a subject of its own.
      const defining = /^\s*(?:(?:it|this|that)(?:\sis|'s)\s)?(?:not\s)?(?:(?:used|serves|acts|works)\sas\s)?(?:(?:the|a|an|its)\s)?(?:[a-z-]{1,20}\s){0,2}$/.test(before);
      // "X: the reverse mapping for ...": the member named before the colon.
      if (defining && !ownVerb && !/\b(?:sptes?|ptes?|pages?|entries|entry|array|data\sstructure|list)\b/.test(before)) subj = prev ?? ctx.names;
    }
    if (subj) lastSubject = subj;
    if (nature === 'parent-spte-pointer' && !subj?.every((s) => s === 'ptep' || s === 'parent_ptes')) continue;
    emitFor(subj, (s, uncertain) =>
      ctx.out.push({
        ...base(ctx, 'field-nature', c.start + m.index, c.start + m.index + m[0].length, neg(0, m.index)), subject: s,
        ...(nature ? {nature} : {}), ...(unionWith ? {unionWith} : {}), ...(uncertain ? {uncertain} : {}),
      } as Claim)
    );
  }
  // "Also used on 64-bit hosts": which kernels the member exists on.
  if (t.includes('64')) {
    const m = EXISTS_ON_RE.exec(t);
    if (m) {
      const subj = subjectAt(ctx, c, m.index, prev);
      if (subj) lastSubject = subj;
      emitFor(subj, (s, uncertain) =>
        ctx.out.push({
          ...base(ctx, 'field-nature', c.start + m.index, c.start + m.index + m[0].length, neg(0, m.index)), subject: s,
          existsOn: 64, ...(uncertain ? {uncertain} : {}),
        } as Claim)
      );
    }
  }
  if (!lastSubject) {
    MEMBER_RE.lastIndex = 0;
    const mm = MEMBER_RE.exec(t);
    if (mm && mm.index < 30) lastSubject = [mm[0]];
  }
  c.subject = lastSubject;
  return lastSubject;
}

export type {TextSpan};

/**
 * The extractor's lexicon: lock names, modes, operations, actors, flavours,
 * pronouns. Every regex is linear (no nested unbounded quantifiers) and runs
 * on the normalized sentence (lower case, RST markup blanked, same offsets).
 */
import type {Actor, Flavor, LockId, Op} from '../spec/locking/types.js';

/** Lock mentions, most specific first. */
export const LOCK_RE =
  /\b(?:(read_lock|write_lock|spin_lock|read_unlock|write_unlock|spin_unlock|lockdep_assert_held_read|lockdep_assert_held_write|lockdep_assert_held)\s?\(\s?&?\s?((?:kvm->)?(?:arch\.)?[a-z_]{1,40})\s?\)|(?:kvm->arch\.mmu_lock|kvm->arch\.slots_lock|kvm->tdp_mmu_pages_lock|(?:kvm->arch\.)?tdp_mmu_pages_lock|(?:kvm->arch\.)?mmu_unsync_pages_lock|(?:kvm->)?slots_lock|slots lock|(?:kvm->)?mmu_lock|mmu (?:read|write)[_ -]lock|mmu[ -]lock|mmu\s(?:rw\s?lock|r\/w\slock|read[- ]write\slock)|rw\s?lock|r\/w\slock|rcu(?:[ _-]read[ _-](?:lock|side(?: critical section)?))?|srcu|(?:read|write)[_-]locked|(?:read|write)[ _-]lock)\b)/g;

/** No lock at all: "with no lock held", "lockless", "without holding any lock". */
export const NO_LOCK_RE = /\bno\slocks?\b|\blockless(?:ly)?\b|\bwithout\s(?:(?:holding|taking|any)\s){1,2}locks?\b/g;

export interface LockWord {
  lock: LockId;
  /** Mode carried by the name itself (`read_lock(...)`, "MMU read lock"). */
  mode?: 'read' | 'write' | 'held';
  implicit?: boolean;
  /** A C call that says which kind the lock is (spin_lock → spinlock). */
  kindHint?: 'spinlock' | 'rwlock';
  bad?: string;
  /** "no lock", "lockless": no lock at all. */
  none?: boolean;
}

const BAD: Record<string, {lock: LockId; correct: string}> = {
  'kvm->arch.mmu_lock': {lock: 'mmu_lock', correct: 'kvm->mmu_lock'},
  'kvm->arch.slots_lock': {lock: 'slots_lock', correct: 'kvm->slots_lock'},
  'kvm->tdp_mmu_pages_lock': {lock: 'tdp_mmu_pages_lock', correct: 'kvm->arch.tdp_mmu_pages_lock'},
};

function lockOfName(name: string): LockId | undefined {
  const base = name.replace(/^kvm->/, '').replace(/^arch\./, '');
  switch (base) {
    case 'mmu_lock':
      return 'mmu_lock';
    case 'slots_lock':
      return 'slots_lock';
    case 'tdp_mmu_pages_lock':
      return 'tdp_mmu_pages_lock';
    case 'mmu_unsync_pages_lock':
      return 'mmu_unsync_pages_lock';
    default:
      return undefined;
  }
}

/** Classifies one LOCK_RE match. */
export function classifyLock(m: RegExpExecArray): LockWord | undefined {
  const t = m[0];
  if (m[1]) {
    const lock = lockOfName(m[2]);
    if (!lock) return undefined;
    const fn = m[1];
    const w: LockWord = {lock};
    if (fn.startsWith('read') || fn.endsWith('_read')) w.mode = 'read';
    else if (fn.startsWith('write') || fn.endsWith('_write')) w.mode = 'write';
    else w.mode = 'held';
    if (fn.startsWith('spin')) w.kindHint = 'spinlock';
    else if (fn.startsWith('read') || fn.startsWith('write')) w.kindHint = 'rwlock';
    const bad = BAD[m[2]];
    if (bad) w.bad = m[2];
    return w;
  }
  const bad = BAD[t];
  if (bad) return {lock: bad.lock, bad: t};
  if (t.includes('tdp_mmu_pages_lock')) return {lock: 'tdp_mmu_pages_lock'};
  if (t.includes('mmu_unsync_pages_lock')) return {lock: 'mmu_unsync_pages_lock'};
  if (t.includes('slots')) return {lock: 'slots_lock'};
  if (t === 'srcu') return {lock: 'srcu'};
  if (t.startsWith('no') || t.startsWith('lockless') || t.startsWith('without')) return {lock: 'mmu_lock', implicit: true, none: true};
  if (t.includes('rw') || t.includes('r/w') || t.includes('read-write') || t.includes('read write')) return {lock: 'mmu_lock', implicit: !t.startsWith('mmu')};
  if (t.startsWith('rcu')) return {lock: 'rcu'};
  if (t.startsWith('mmu read')) return {lock: 'mmu_lock', mode: 'read'};
  if (t.startsWith('mmu write')) return {lock: 'mmu_lock', mode: 'write'};
  if (t.includes('mmu')) return {lock: 'mmu_lock'};
  if (t.startsWith('read')) return {lock: 'mmu_lock', mode: 'read', implicit: true};
  if (t.startsWith('write')) return {lock: 'mmu_lock', mode: 'write', implicit: true};
  return undefined;
}

export function badLockCorrection(written: string): string | undefined {
  return BAD[written]?.correct;
}

/** A mode phrase right after a lock name: "held for read", "in write mode", "exclusively". */
export const MODE_AFTER_RE =
  /^[ ,]{1,3}\(?(?:(?:must|should|can|may|will|shall|to)\s)?(?:(?:is|are|be|being|was|were|gets|get)\s)?(?:(?:held|taken|acquired|grabbed|locked|owned)\s)?(?:(?:only|just|exclusively)\s)?(?:in\s(?:the\s)?)?(for\s(?:read(?:ing)?|write|writing)\b|(?:read|write|shared|exclusive)\s(?:mode|side)\b|shared\b|exclusively\b|exclusive\b|read[- ]locked\b|write[- ]locked\b|as\s(?:a\s)?(?:reader|writer)\b)/;

/** A mode word right before a lock name: "the read-locked mmu_lock", "the write side of mmu_lock". */
export const MODE_BEFORE_RE =
  /\b(read|write|shared|exclusive)(?:[- ]locked|[- ]held|[- ]side\sof|\smode\sof|[- ]lock\s(?:on|of)|\s(?:access|ownership|hold|control|use)\s(?:to|of|on))\s(?:the\s)?$/;

export function modeOfWord(w: string): 'read' | 'write' {
  return /read|shared|reader/.test(w) ? 'read' : 'write';
}

/** Words before a lock name that make it a condition of the action. */
export const WITHOUT_BEFORE_RE =
  /(?:\b(?:without|outside(?:\sof)?|out\sof)\s(?:(?:holding|taking|acquiring|grabbing|any|the|a|an|its|their|using)\s){0,3}|\bno\s)\s{0,2}$/;

/** "mmu_lock must be held", "mmu_lock is (not) needed". */
export const REQUIRED_AFTER_RE =
  /^\s{1,3}(?:(?:must|has\sto|needs\sto|should|shall)\s(?:(?:also|only|always)\s)?(?:be\s)?(?:held|taken|acquired|locked)|(?:is|are)\s(?:(?:also|always)\s)?(?:required|needed|necessary|mandatory))\b/;
export const NOT_REQUIRED_AFTER_RE =
  /^\s{1,3}(?:(?:is|are)\s(?:not|never)\s(?:required|needed|necessary|held|taken)|(?:isn't|aren't)\s(?:required|needed|necessary|held|taken)|(?:need|needs)\snot\sbe\s(?:held|taken)|(?:does\snot|doesn't|do\snot|don't)\sneed\sto\sbe\s(?:held|taken))\b/;

export const LOCK_KIND_AFTER_RE =
  /^\s{1,3}(?:(?:is|was|remains)\s(?:(?:still|now|always|just|a\splain|only|not|never|no\slonger)\s)?(?:an?\s)?(?:(?:plain|simple|regular|normal|raw|ordinary)\s)?|(?:an?\s)?)(spin\s?lock|spinlock_t|rwlock_t|rwlock|rw\s?lock|read[- ]write\slock|reader[- ]writer\slock|mutex|rw_semaphore|rwsem|semaphore)\b/;
export const LOCK_KIND_BEFORE_RE =
  /\b(spin\s?lock|spinlock_t|rwlock_t|rwlock|read[- ]write\slock|reader[- ]writer\slock|mutex|semaphore)\s$/;

export function lockKindOf(w: string): 'spinlock' | 'rwlock' | 'mutex' | 'semaphore' {
  if (w.startsWith('spin')) return 'spinlock';
  if (w.startsWith('mutex')) return 'mutex';
  if (w.includes('sem')) return 'semaphore';
  return 'rwlock';
}

export const NEGATION_RE =
  /\b(?:not|never|no\slonger|cannot|can't|cant|don't|doesn't|didn't|isn't|aren't|wasn't|weren't|won't|shouldn't|mustn't|needn't|neither|nor|no\sneed|no)\b/g;

export const REQUIRES_RE =
  /\b(?:must|has\sto|have\sto|had\sto|needs?|needed|requires?|required|requiring|only|always|mandatory|necessary|shall)\b/;
export const SUFFICES_RE =
  /\b(?:can|could|may|might|allowed|permitted|safe\sto|possible|suffices?|sufficient|enough|ok\sto|fine\sto)\b/;

export interface OpWord {
  op: Op;
  re: RegExp;
  flavor?: Flavor;
  /** The sentence must also match this for the hit to count. */
  when?: RegExp;
}

const ART = '(?:(?:a|an|the|new|its|their|fresh|valid|tdp|mmu|shadow|shadow-mmu|tdp-mmu|vcpu\'s|own|current|all|any|one|some)[\\s,]{1,2}){0,4}';
const AUX = '(?:(?:is|are|be|been|being|was|were|get|gets|got|can|may|must|only|not|never|cannot|can\'t|always|also|then|first|now|used\\sto|no\\slonger|need|needs|has\\sto|have\\sto|required\\sto|still)\\s){0,3}';

function r(src: string): RegExp {
  return new RegExp(src, 'g');
}

/**
 * Substrings a clause must contain for an operation's patterns to be worth
 * running (every pattern of the op contains one). Skipping the others keeps
 * V8 from compiling patterns a document never needs: compiling them is most
 * of a cold run's claim extraction.
 */
export const OP_KEYS: Readonly<Partial<Record<Op, readonly string[]>>> = {
  'zap-invalid-roots': ['root'],
  'invalidate-root': ['root', 'invalid'],
  'alloc-root': ['root'],
  'free-root': ['root'],
  'get-ref': ['ref', 'count', 'root'],
  'put-ref': ['ref', 'count', 'root'],
  'flip-gen': ['gen'],
  'mark-unsync': ['unsync'],
  'clear-unsync': ['unsync'],
  'write-root-list': ['root', 'writer', 'list'],
  'read-root-list': ['list', 'tdp_mmu_roots'],
  'modify-spte': ['spte', 'page table', 'paging struct'],
  'walk-roots': ['root'],
  'page-fault': ['fault']
};

/** The sentence (or the entry's names) speaks of the TDP MMU roots list: "the list" and "writers" refer to it. */
const ROOT_LIST_CTX_RE = /\btdp_mmu_roots\b|\broots?\slist\b|\blist\sof\s(?:tdp\smmu\s)?roots\b/;
const ROOT_LIST = '(?:tdp_mmu_roots(?:\\slist)?|roots?\\slist|list\\sof\\s(?:tdp\\smmu\\s)?roots|root\\slist)';

/** Operations, with active and passive forms. */
export const OPS: readonly OpWord[] = [
  {op: 'zap-invalid-roots', re: r(`\\b(?:zap(?:s|ped|ping)?|tear(?:s|ing)?\\sdown)\\s(?:of\\s)?${ART}(?:invalid|invalidated|obsolete)\\s(?:(?:tdp|mmu|tdp-mmu)\\s){0,2}roots?\\b`)},
  {op: 'zap-invalid-roots', re: r(`\\b(?:invalid|invalidated|obsolete)\\s(?:(?:tdp|mmu|tdp-mmu)\\s){0,2}roots?\\s${AUX}(?:zapped|torn\\sdown)\\b`)},
  {op: 'zap-invalid-roots', re: r(`\\bkvm_tdp_mmu_zap_invalidated_roots\\b`)},
  {op: 'zap-invalid-roots', re: r(`\\broots\\s${AUX}zapped\\b|\\bzap(?:s|ping)?\\s(?:of\\s)?${ART}roots\\b`), when: /\binvalid(?:ated|ation)?\b/},
  {op: 'invalidate-root', re: r(`\\binvalidat(?:e|es|ed|ing|ion)\\s(?:of\\s)?${ART}roots?\\b`)},
  {op: 'invalidate-root', re: r(`\\broots?\\s${AUX}(?:invalidated|marked\\s(?:as\\s)?invalid)\\b`)},
  {op: 'invalidate-root', re: r(`\\b(?:set(?:s|ting)?|write|writes|writing|modif(?:y|ies|ying)|chang(?:e|es|ing)|flip(?:s|ping)?|mark(?:s|ing)?)\\s(?:the\\s)?role\\.invalid\\b`)},
  {op: 'invalidate-root', re: r(`\\brole\\.invalid\\s${AUX}(?:set|written|modified|changed|flipped)\\b`)},
  {op: 'invalidate-root', re: r(`\\bmark(?:s|ed|ing)?\\s${ART}(?:roots?\\s|pages?\\s)?(?:as\\s)?invalid\\b`)},
  {op: 'invalidate-root', re: r(`\\bkvm_tdp_mmu_invalidate_(?:all_)?roots\\b|\\b(?:the\\s)?invalid\\s(?:bit|flag)\\s${AUX}(?:set|written|changed)\\b`)},
  {op: 'alloc-root', re: r(`\\b(?:allocat(?:e|es|ed|ing|ion)|creat(?:e|es|ed|ing|ion)|build(?:s|ing)?|install(?:s|ed|ing)?|load(?:s|ed|ing)?)\\s(?:of\\s)?${ART}roots?\\b`)},
  {op: 'alloc-root', re: r(`\\broots?\\s${AUX}(?:allocated|created|built|installed|loaded)\\b`)},
  {op: 'alloc-root', re: r(`\\broot\\sallocation\\b|\\bkvm_tdp_mmu_alloc_root\\b|\\bkvm_tdp_mmu_get_vcpu_root_hpa\\b|\\bmmu_alloc_(?:direct|shadow)_roots\\b`)},
  {op: 'alloc-root', re: r(`\\bget(?:s|ting)?\\s(?:a\\s)?(?:new|fresh)\\s(?:(?:tdp|mmu|shadow)\\s){0,2}roots?\\b`)},
  // "To obtain a TDP MMU root, the vCPU ...": a vCPU getting its root (reusing or allocating one).
  {op: 'alloc-root', re: r(`\\b(?:get(?:s|ting)?|obtain(?:s|ed|ing)?|acquir(?:e|es|ed|ing)|grab(?:s|bed|bing)?)\\s${ART}roots?\\b(?!'s|\\s(?:list|walk|iterat|ref))`)},
  {op: 'free-root', re: r(`\\b(?:free(?:s|d|ing)?|destroy(?:s|ed|ing)?|tear(?:s|ing)?\\sdown|releas(?:e|es|ed|ing))\\s${ART}roots?\\b`)},
  {op: 'free-root', re: r(`\\broots?\\s(?:pages?\\s)?${AUX}(?:freed|destroyed|torn\\sdown|released)\\b`)},
  {op: 'get-ref', re: r(`\\b(?:take|takes|taking|took|taken|get|gets|getting|acquire|acquires|acquiring|acquired|grab|grabs|grabbing|obtain|obtains|obtaining|hold|holds|holding)\\s${ART}(?:(?:temporary|extra|additional|root)\\s)?(?:references?|refs?|refcounts?)\\b`)},
  {op: 'get-ref', re: r(`\\b(?:references?|refs?)\\s${AUX}(?:taken|acquired|obtained|grabbed|elevated)\\b`)},
  {op: 'get-ref', re: r(`\\b(?:elevat(?:e|es|ed|ing)|increment(?:s|ed|ing)?|increas(?:e|es|ed|ing)|bump(?:s|ed|ing)?|rais(?:e|es|ed|ing)|inc)\\s${ART}(?:refcount|reference\\scount|ref\\scount|counter|count|root_count|tdp_mmu_root_count)\\b`)},
  {op: 'get-ref', re: r(`\\b(?:refcount|reference\\scount|ref\\scount|count|root_count|tdp_mmu_root_count)\\s${AUX}(?:elevated|incremented|increased|bumped|raised)\\b`)},
  {op: 'get-ref', re: r(`\\bkvm_tdp_mmu_get_root\\b|\\brefcount_inc(?:_not_zero)?\\b`)},
  {op: 'put-ref', re: r(`\\b(?:drop|drops|dropping|dropped|put|puts|putting|releas(?:e|es|ed|ing))\\s${ART}(?:(?:temporary|extra|last|root)\\s)?(?:references?|refs?|refcounts?)\\b`)},
  {op: 'put-ref', re: r(`\\b(?:references?|refs?)\\s${AUX}(?:dropped|put|released)\\b`)},
  {op: 'put-ref', re: r(`\\b(?:decrement(?:s|ed|ing)?|decreas(?:e|es|ed|ing)|lower(?:s|ed|ing)?|drop(?:s|ped|ping)?)\\s${ART}(?:refcount|reference\\scount|ref\\scount|counter|count|root_count|tdp_mmu_root_count)\\b`)},
  {op: 'put-ref', re: r(`\\b(?:refcount|reference\\scount|count|root_count|tdp_mmu_root_count)\\s${AUX}(?:decremented|decreased|dropped|lowered)\\b|\\bkvm_tdp_mmu_put_root\\b`)},
  {op: 'flip-gen', re: r(`\\b(?:updat(?:e|es|ed|ing)|flip(?:s|ped|ping)?|toggl(?:e|es|ed|ing)|chang(?:e|es|ed|ing)|bump(?:s|ed|ing)?|increment(?:s|ed|ing)?|advanc(?:e|es|ed|ing)|invert(?:s|ed|ing)?)\\s(?:the\\s)?(?:per-vm\\s)?(?:valid\\s)?(?:mmu\\s)?generation\\b`)},
  {op: 'flip-gen', re: r(`\\b(?:(?:mmu\\s)?generation|kvm->arch\\.mmu_valid_gen)\\s${AUX}(?:updated|flipped|toggled|changed|bumped|incremented|advanced|inverted)\\b`)},
  {op: 'mark-unsync', re: r(`\\b(?:mark(?:s|ed|ing)?|set(?:s|ting)?)\\s${ART}(?:(?:shadow\\s)?pages?\\s)?(?:as\\s)?unsync(?:hronized)?\\b`)},
  {op: 'mark-unsync', re: r(`\\b(?:pages?\\s)?${AUX}(?:marked|made)\\s(?:as\\s)?unsync(?:hronized)?\\b|\\bunsync\\s${AUX}set\\b`)},
  {op: 'clear-unsync', re: r(`\\bclear(?:s|ed|ing)?\\s(?:the\\s)?unsync\\b|\\bunsync\\s(?:flag\\s|bit\\s)?${AUX}cleared\\b`)},
  {op: 'write-root-list', re: r(`\\b(?:add(?:s|ed|ing)?|remov(?:e|es|ed|ing)|insert(?:s|ed|ing)?|delet(?:e|es|ed|ing)|modif(?:y|ies|ied|ying)|chang(?:e|es|ed|ing)|updat(?:e|es|ed|ing)|writ(?:e|es|ing)|writes\\sto|writers?\\s(?:to|of)|publish(?:es|ed|ing)?|unlink(?:s|ed|ing)?)\\s(?:to\\s|from\\s|on\\s)?(?:the\\s)?(?:tdp_mmu_roots|roots?\\slist|list\\sof\\s(?:tdp\\smmu\\s)?roots|root\\slist)\\b`)},
  {op: 'write-root-list', re: r(`\\b(?:tdp_mmu_roots(?:\\slist)?|roots?\\slist|list\\sof\\s(?:tdp\\smmu\\s)?roots)\\s${AUX}(?:modified|changed|updated|written)\\b`)},
  {op: 'write-root-list', re: r(`\\badd(?:s|ed|ing)?\\s${ART}roots?\\s(?:to|on)\\s(?:the\\s)?(?:tdp_mmu_roots|roots?\\slist|list\\sof\\s(?:tdp\\smmu\\s)?roots)\\b`)},
  {op: 'write-root-list', re: r(`\\bwriters?\\s(?:to|of)\\s(?:the\\s)?list\\b|\\bwriters?\\b(?=\\s(?:holding|that\\shold|with|must|need|do|don't|can|may|only|always|never|take|acquire))`), when: ROOT_LIST_CTX_RE},
  {op: 'read-root-list', re: r(`\\b(?:read(?:s|ing)?|walk(?:s|ed|ing)?|travers(?:e|es|ed|ing)|iterat(?:e|es|ed|ing)\\s(?:over|through)|look(?:s|ing)?\\s(?:up|through))\\s(?:the\\s)?${ROOT_LIST}\\b`)},
  {op: 'read-root-list', re: r(`\\b${ROOT_LIST}\\s${AUX}(?:read|walked|traversed|iterated|accessed\\sfor\\sreading)\\b`)},
  {op: 'read-root-list', re: r(`\\b(?:the\\s)?list\\s${AUX}(?:read|walked|traversed|iterated)\\b|\\breaders?\\s(?:of\\s)?(?:the\\s)?list\\b`), when: ROOT_LIST_CTX_RE},
  {op: 'page-fault', re: r(`(?<!fast[ -])\\b(?:page[ -]faults?|fault\\shandl(?:er|ers|ing)|handl(?:e|es|ed|ing)\\s(?:a\\s|the\\s)?(?:page\\s)?faults?)\\b(?![ -]path\\b)`)},
  {op: 'modify-spte', re: r(`\\b(?:modif(?:y|ies|ied|ying)|chang(?:e|es|ed|ing)|updat(?:e|es|ed|ing)|writ(?:e|es|ten|ing)|zap(?:s|ped|ping)?|install(?:s|ed|ing)?|fix(?:es|ed|ing)?)\\s${ART}(?:leaf\\s|non-leaf\\s|present\\s)?sptes?\\b`)},
  // "TDP MMU page tables are RCU-protected": how the page tables (their SPTEs) are protected.
  {op: 'modify-spte', re: r(`\\b(?:page[ -]tables?|paging\\sstructures?)\\s${AUX}(?:rcu[- ]protected|protected\\s(?:by|with|under)\\srcu)\\b`)},
  {op: 'modify-spte', re: r(`\\bsptes?\\s${AUX}(?:modified|changed|updated|written|zapped|installed|fixed|set)\\b|\\bspte\\s(?:changes|updates|writes)\\b`)},
  {op: 'walk-roots', re: r(`\\b(?:walk(?:s|ing)?|iterat(?:e|es|ing)\\s(?:over\\s)?)\\s${ART}roots\\b|\\bfor_each_[a-z_]{0,30}root_yield_safe\\b`), when: /\byield[- ]safe\b/},
];

/** How an SPTE write is done: a plain store, or atomically. */
export const PLAIN_STORE_RE =
  /\b(?:plain|normal|simple|regular|ordinary|non-atomic)\s(?:store|write|assignment)s?\b|\bwrite_once\b|\bnon-?atomically\b|\bwithout\s(?:an?\s)?(?:cmpxchg|atomic)/;
export const ATOMIC_MANNER_RE =
  /\batomic(?:ally)?\b|\b(?:try_)?cmpxchg(?:64)?\b|\bcompare[- ](?:and[- ])?(?:exchange|swap)\b|\bxchg\b/;

/** "zapped asynchronously by a worker" / "synchronously". */
export const ASYNC_RE =
  /\basynchronous(?:ly)?\b|\bby\s(?:a\s|the\s)?(?:dedicated\s|separate\s|background\s)?(?:k?worker(?:\sthread)?|workqueue|work\sitem|kthread)s?\b|\b(?:a|the)\s(?:dedicated\s)?(?:workqueue|k?worker)\s(?:zaps|tears)\b|\b(?:deferred\sto|from|in|on|via|using|through|offloaded\sto|queued\s(?:on|to))\s(?:a\s|an\s|the\s)?(?:dedicated\s|separate\s|background\s|asynchronous\s)?(?:k?worker(?:\sthread)?|workqueue|work\sitem|kthread)s?\b|\bin\sthe\sbackground\b|\btdp_mmu_zap_wq\b/;
export const SYNC_RE = /\bsynchronous(?:ly)?\b/;

/** "Only vCPUs take references", "references are held only by vCPUs", "vCPUs are the only ones ...". */
export const REF_ONLY_RE =
  /\bonly\s(?:the\s)?vcpus?\s(?:(?:using|that\suse|which\suse|running\son|running\sin)\s(?:the\s|a\s|this\s|that\s)?(?:root|it)\s)?(?:(?:ever|actually|really|can|may|will|would)\s)?(?:take|takes|hold|holds|get|gets|grab|grabs|acquire|acquires|elevate|elevate|have|has|own|owns|increment|bump)\s(?:a\s|the\s|their\s)?(?:root\s)?(?:references?|refs?|refcounts?|reference\scount|tdp_mmu_root_count)\b|\b(?:references?|refs?|refcounts?|reference\scount|tdp_mmu_root_count)(?:\sto\s(?:a\s|an\s|the\s)?(?:[a-z_-]{1,12}\s){0,3}roots?)?\s(?:(?:are|is|can\sbe)\s)?(?:only\s)?(?:ever\s)?(?:taken|held|acquired|obtained|elevated|grabbed|incremented|bumped|raised)\s(?:only\s)?by\s(?:the\s)?vcpus?\b(?!\s(?:and|or|as\swell|,))|\b(?:nobody|no\sone|nothing)\s(?:but|except|other\sthan)\s(?:the\s)?vcpus?\b|\bvcpus?\s(?:are|is)\sthe\sonly\s(?:ones?|users?|owners?|holders?|entities|tasks|threads|code)\b/g;
export const REF_WORD_RE = /\b(?:references?|refs?|refcounts?|reference\scount|tdp_mmu_root_count)\b/;

/** "TDP MMU pages become obsolete when their generation ...". */
export const OBSOLETE_RE = /\b(tdp|shadow)[ -]mmu\s(?:pages?|roots?|shadow\spages?|sps)\s(?:[a-z']{1,12}\s){0,3}?(?:obsolete|stale)\b/g;

/** Hedges: the sentence does not commit to the claim. */
export const HEDGE_RE =
  /\b(?:typically|usually|generally|normally|mostly|often|in\smost\scases|in\sgeneral|probably|presumably|likely|i\sthink|i\sbelieve|perhaps|maybe|sometimes|roughly|in\spractice)\b/;

/** Explicit versions in a sentence: "Before v6.9", "Since 6.9", "As of v5.12". */
export const VERSION_PHRASE_RE =
  /\b(since|as\sof|starting\s(?:with|from)|from|before|prior\sto|until|up\sto|in|after|pre-|post-)\s?(?:linux\s|kernel\s)?v?(\d)\.(\d{1,2})(?:-rc\d{1,2})?\b/g;

/** Modification of a member named as the subject: "X is (only) changed/protected ...". */
export const FIELD_MODIFY_AFTER_RE =
  /^\s{1,120}(?:(?:is|are|can|may|must|should|will|shall|only|be|gets|get|ever|always|also|then|and|not|never|required\sto|needs?\sto|need|has\sto|have\sto)\s){1,4}(?:modified|changed|updated|written|accessed|protected|guarded|serialized|incremented|decremented|set|cleared)\b/;
/** A description that starts with a participle: "Protected by mmu_lock.", "Only accessed under slots_lock." */
export const PARTICIPLE_START_RE =
  /^\s*(?:(?:only|always|also|is|are|must\sbe|can\sbe|may\sbe)\s){0,2}(?:modified|changed|updated|written|accessed|protected|guarded|serialized|set|cleared|incremented|decremented|read)(?:\sand\s[a-z]{3,12})?\s(?:only\s)?(?:by|under|with|while|when|in|inside|from|using|holding)\b/;
export const FIELD_MODIFY_BEFORE_RE =
  /\b(?:modif(?:y|ies|ying)|chang(?:e|es|ing)|updat(?:e|es|ing)|writ(?:e|es|ing)|access(?:es|ing)?|protect(?:s|ing)?|guard(?:s|ing)?|increment(?:s|ing)?|decrement(?:s|ing)?|sets?|setting|clear(?:s|ing)?)\s(?:the\s)?(?:(?:member|field)\s)?$/;

export const ACTORS: readonly {actor: Actor; re: RegExp}[] = [
  {actor: 'fast-pf', re: /\bfast[ _-]page[ _-]fault(?:s|\spath|\shandler)?\b|\bfast[ _-]pf\b|\bfast\spath\b|\bfast_pf_fix_direct_spte\b/},
  {actor: 'root-walker', re: /\b(?:root\s)?walkers?\b|\biterators?\b|\byield[- ]safe\b|\bwalking\s(?:the\s)?(?:tdp\s(?:mmu\s)?)?roots\b|\bfor_each_[a-z_]{1,40}\b|\btdp_mmu_next_root\b|\broot\swalks?\b/},
  {actor: 'fast-zap', re: /\bfast[ -]zap(?:s|ping)?\b|\bzap_all_fast\b|\bzap(?:s|ping)?\sall\b|\bmemslot\s(?:updates?|deletion|deletes|changes?)\b/},
  {actor: 'mmu-notifier', re: /\bmmu[ _-]notifiers?\b/},
  {actor: 'teardown', re: /\b(?:vm\s)?teardown\b|\btear(?:ing)?\sdown\sthe\svm\b|\bvm\sdestruction\b|\bdestroying\sthe\svm\b/},
  {actor: 'vcpu', re: /\bvcpus?\b|\bvcpu's\b|\bvcpus'\b|\bpage[ -]faults?\b|\bfault\shandlers?\b|\bkvm_mmu_load\b/},
];

export const TDP_RE = /\btdp(?:[ _-]mmu)?\b|\btdp_mmu_[a-z_]{1,30}\b/;
export const SHADOW_RE = /\bshadow[ -]mmu\b|\blegacy\smmu\b|\bnon-tdp\b|\bshadow\spaging\b|\bshadow-mmu\b|\bshadow\sroots?\b/;

/** Member names the extractor recognizes in prose. */
export const MEMBER_RE =
  /\b(?:role\.[a-z_0-9]{1,30}|tdp_mmu_root_count|root_count|tdp_mmu_page|tdp_mmu_scheduled_root_to_zap|mmu_valid_gen|parent_ptes|ptep|unsync_children|unsync_child_bitmap|unsync|shadowed_translation|gfns|clear_spte_count|write_flooding_count|spt|gfn|link|hash_link|nx_huge_page_disallowed|lpage_disallowed|external_spt|has_mapped_host_mmio)\b/g;

/** Words that stand for the entry's member. */
export const PRONOUN_RE =
  /\b(?:it|this\s(?:field|member|counter|refcount|reference\scount|value|bit|flag|variable|pointer|union)|the\s(?:field|member|counter|count|refcount|reference\scount|ref\scount|value|bit|flag|variable)|its\svalue|(?:this|the\ssame)\s(?:byte|storage))\b/g;

/** Clause boundaries inside a sentence. */
export const CLAUSE_RE =
  /;|:\s|,\s(?:but|whereas|although|though|so|which|because|and\s(?:so|thus|hence))\b|,\swhile\s(?!holding|taking|in\s|under|with)|,\s(?:and|yet)\s(?=(?:it|they|this|these|those|the|a|an|its|their|vcpus?|kvm|roots?|new|invalid|invalidated|shadow|tdp|setting|clearing|freeing|allocating|zapping|writers?|readers?)\b)|\sbut\s(?<!\b(?:nobody|no\sone|nothing|anyone|none|all)\sbut\s)|\s(?:whereas|because|hence|thus|therefore|rather\sthan|instead\sof|as\sopposed\sto)\s|,\s(?:just\s|much\s)?(?:like|unlike|as\swith|similar\sto|same\sas)\s/g;
/** A leading subordinate clause ends at its first comma: "Although X, Y." */
export const LEADING_SUBORDINATE_RE = /^\s*(?:although|though|whereas|because|unlike|like|as\swith|similar\sto|once|after\sbeing|rather\sthan|instead\sof|as\sopposed\sto|while\s(?!holding|taking|in\s|under|with|running|operating))\s[^,;]{1,200},\s/;

export function numberWord(w: string | undefined): number | undefined {
  if (w === undefined) return undefined;
  const n: Record<string, number> = {zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8};
  if (w in n) return n[w];
  const v = Number(w);
  return Number.isInteger(v) ? v : undefined;
}

import { digitCount, digitRuns, digitsAroundOne, dropOverlaps, eachMatch, lineStartBefore, mayMatch, prefiltering, type PhiMatch } from './types';

/*
 * Contact details: phone and fax numbers, email addresses, URLs, IP addresses.
 * Emails are found by hand from each `@` outwards (a pattern such as
 * `[\w.]+@` would rescan a long run of letters once per start position);
 * the rest are regular expressions whose quantifiers are all bounded.
 */

/**
 * North American numbers: 617-555-0142, (617) 555-0142, 617.555.0142, +1 617 555 0142, 6175550142.
 * Glued to a word by a dash ("call-617-555-0142") or to another number by a
 * slash ("617-555-0142/617-555-0199") it is still one; glued to other digits
 * it is part of a longer number.
 */
const NANP_BODY = '(?:\\(\\d{3}\\)[ ]?|\\d{3}[ .-]?)\\d{3}[ .-]?\\d{4}';
const PHONE_NANP = new RegExp(
  `(?<![\\w+.]|(?<![A-Za-z])-|(?<!\\d{3}[ .-]?\\d{4})/)(?:\\+?1[ .-]?)?${NANP_BODY}(?![\\w]|[.-]\\d|/(?!${NANP_BODY}(?!\\d)))`,
  'g',
);
/** International numbers with a `+` and a country code: +44 20 7946 0958, +4420794609. */
const PHONE_INTL = /(?<![\w+])\+\d{1,3}(?:(?:[ .-]\d{1,4}){2,5}|\d{7,12})(?![\w]|[.-]\d)/g;
/**
 * A seven-digit local number after a phone label ("phone 555-0142", "fax: 555
 * 0142", "his phone is 555-0142") or after a verb ("call 555-0142", "called
 * at 555-0142"), where it must start with 2 to 9 as a North American exchange
 * does ("called 100-1000 families" is a count).
 */
const PHONE_LOCAL =
  /\b(?:(?:phone|tel|telephone|cell|mobile|fax|pager)(?:[ ](?:number|no\.?|#))?(?:[ ]?[:#.]|[ ](?:is|was|at|on))?[ ]{0,2}(\d{3}[ .-]\d{4})|(?:call(?:ed|ing)?|dial(?:l?ed)?)(?:[ ](?:at|on))?[ ]{1,2}([2-9]\d{2}[ .-]\d{4}))(?![\w]|[.-]\d)/gi;

/** http://, https://, ftp:// and www. addresses, up to the next space or delimiter. */
const URL = /(?<![\w@.])(?:(?:https?|ftp):\/\/|www\.)[^\s<>"'`]{1,2048}/gi;

/** Addresses without a scheme: example.org/diary, portal.example.com (a known top-level domain). */
const BARE_URL =
  /(?<![\w@./:-])(?:[a-z0-9][a-z0-9-]{0,62}\.){1,4}(?:com|org|net|edu|gov|mil|int|io|info|biz|us|uk|ca|de|fr|nl|au|nz|ie|eu|co|me|app|health|care|online|site)(?:\/[^\s<>"'`]{0,2048})?(?![\w@-]|\.[a-z0-9])/gi;

/** Every match of PHONE_NANP and PHONE_LOCAL ends in seven digits, as 3 and 4; of PHONE_INTL starts `+<digit>`. */
const PHONE_HINT = /\d{3}[ .-]?\d{4}/;
const INTL_HINT = /\+\d/;
/** Every match of URL holds a scheme's `://` or `www.`; of BARE_URL, a dot and a known top-level domain. */
const URL_HINT = /:\/\/|www\./i;
const BARE_URL_HINT = /\.(?:com|org|net|edu|gov|mil|int|io|info|biz|us|uk|ca|de|fr|nl|au|nz|ie|eu|co|me|app|health|care|online|site)/i;
/** Every match of IPV4 holds a digit, a dot and a digit. */
const IPV4_HINT = /\d\.\d/;

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`(?<![\\w.])(?:${OCTET}\\.){3}${OCTET}(?![\\w]|\\.\\d)`, 'g');
/** IPv6 candidates: a run of hex digits and colons holding a colon; validated in code. */
const IPV6 = /(?<![\w:.])[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:]{1,38}(?![\w:.])/g;
const IPV6_HINT = /:[0-9A-Fa-f:]/;

/** A fax label right before the number: "fax 617...", "fax no.: 617...", "(fax) 617...". */
const FAX_BEFORE = /\bfax\)?(?:[ ](?:number|no\.?|#))?(?:[ ](?:is|was|at))?[ :.#-]{0,3}$/i;

/*
 * The hints above read from the runs of digits (and a scan for one
 * character) instead of a pattern over the whole text: the same answer.
 */

/** PHONE_HINT: seven digits in a row, or three, one of ` .-` and four. */
function sevenDigits(text: string): boolean {
  if (!prefiltering()) return mayMatch(PHONE_HINT, text);
  const { starts, ends } = digitRuns(text);
  for (let i = 0; i < starts.length; i++) {
    const s = starts[i] as number;
    const e = ends[i] as number;
    if (e - s >= 7) return true;
    if (e - s < 3 || i + 1 >= starts.length || starts[i + 1] !== e + 1) continue;
    const c = text.charCodeAt(e);
    if ((c === 32 || c === 46 || c === 45) && (ends[i + 1] as number) - (e + 1) >= 4) return true;
  }
  return false;
}

/** `text` holds `c` followed by a character for which `next` holds (`hint` without prefilters). */
function charBefore(text: string, c: string, next: (code: number) => boolean, hint: RegExp): boolean {
  if (!prefiltering()) return mayMatch(hint, text);
  for (let i = text.indexOf(c); i !== -1; i = text.indexOf(c, i + 1)) if (next(text.charCodeAt(i + 1))) return true;
  return false;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isHexOrColon(c: number): boolean {
  return isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102) || c === 58;
}

/** IPV4_HINT: a run of digits, a dot and a run of digits. */
function digitDotDigit(text: string): boolean {
  return prefiltering() ? digitsAroundOne(text, (c) => c === 46) : mayMatch(IPV4_HINT, text);
}

function isFaxContext(text: string, start: number): boolean {
  const from = lineStartBefore(text, start, 24);
  return FAX_BEFORE.test(text.slice(from, start));
}

export function detectPhones(text: string): PhiMatch[] {
  const out: PhiMatch[] = [];
  const push = (start: number, end: number): void => {
    const what = isFaxContext(text, start) ? 'a fax number' : 'a phone number';
    out.push({ start, end, kind: 'contact', what });
  };
  const seven = sevenDigits(text);
  if (seven) eachMatch(PHONE_NANP, text, (m) => push(m.index, m.index + m[0].length));
  if (charBefore(text, '+', isDigit, INTL_HINT)) eachMatch(PHONE_INTL, text, (m) => {
    const n = digitCount(m[0]);
    if (n >= 8 && n <= 15) push(m.index, m.index + m[0].length);
  });
  if (seven) eachMatch(PHONE_LOCAL, text, (m) => {
    const num = m[1] ?? m[2] ?? '';
    const start = m.index + m[0].length - num.length;
    push(start, start + num.length);
  });
  return dropOverlaps(out);
}

function isLocalChar(c: number): boolean {
  return (
    (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ||
    c === 46 /* . */ || c === 95 /* _ */ || c === 37 /* % */ || c === 43 /* + */ || c === 45 /* - */
  );
}

function isDomainChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 45;
}

const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;

export function detectEmails(text: string): PhiMatch[] {
  const out: PhiMatch[] = [];
  let at = text.indexOf('@');
  while (at !== -1) {
    let s = at;
    while (s > 0 && at - s < MAX_LOCAL && isLocalChar(text.charCodeAt(s - 1))) s--;
    while (s < at && text.charCodeAt(s) === 46) s++;
    let e = at + 1;
    while (e < text.length && e - at <= MAX_DOMAIN && isDomainChar(text.charCodeAt(e))) e++;
    while (e > at + 1 && (text.charCodeAt(e - 1) === 46 || text.charCodeAt(e - 1) === 45)) e--;
    if (s < at && hasDot(text, at + 1, e) && validDomain(text.slice(at + 1, e))) {
      out.push({ start: s, end: e, kind: 'contact', what: 'an email address' });
    }
    at = text.indexOf('@', at + 1);
  }
  return out;
}

function hasDot(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 46) return true;
  return false;
}

function validDomain(domain: string): boolean {
  const labels = domain.split('.');
  if (labels.length < 2) return false;
  if (labels.some((l) => l.length === 0 || l.length > 63)) return false;
  return /^[A-Za-z]{2,24}$/.test(labels[labels.length - 1] ?? '');
}

/** Trailing punctuation that ends a sentence rather than the URL. */
function trimUrl(url: string): string {
  let end = url.length;
  for (;;) {
    const ch = url[end - 1];
    if (ch === undefined) break;
    if ('.,;:!?'.includes(ch)) {
      end--;
      continue;
    }
    if (ch === ')' || ch === ']' || ch === '}') {
      const open = ch === ')' ? '(' : ch === ']' ? '[' : '{';
      const body = url.slice(0, end);
      if (body.split(open).length - 1 < body.split(ch).length - 1) {
        end--;
        continue;
      }
    }
    break;
  }
  return url.slice(0, end);
}

/** Links to an article's DOI identify the article, not a person. */
const DOI_HOST = /^(?:(?:https?|ftp):\/\/)?(?:www\.)?(?:dx\.)?doi\.org(?:[/:?#]|$)/i;

export function detectUrls(text: string): PhiMatch[] {
  const out: PhiMatch[] = [];
  if (mayMatch(URL_HINT, text)) eachMatch(URL, text, (m) => {
    const url = trimUrl(m[0]);
    if (/^www\.$/i.test(url) || /:\/\/$/.test(url) || DOI_HOST.test(url)) return;
    out.push({ start: m.index, end: m.index + url.length, kind: 'contact', what: 'a URL' });
  });
  if (text.includes('.') && mayMatch(BARE_URL_HINT, text)) {
    eachMatch(BARE_URL, text, (m) => {
      const url = trimUrl(m[0]);
      if (DOI_HOST.test(url)) return;
      out.push({ start: m.index, end: m.index + url.length, kind: 'contact', what: 'a URL' });
    });
  }
  return dropOverlaps(out);
}

function validIpv6(s: string): boolean {
  const doubles = s.split('::').length - 1;
  if (doubles > 1) return false;
  if (s.includes(':::')) return false;
  const groups = s.split(':').filter((g) => g.length > 0);
  if (groups.some((g) => g.length > 4)) return false;
  if (doubles === 1) return groups.length >= 2 && groups.length <= 7;
  if (s.startsWith(':') || s.endsWith(':')) return false;
  return groups.length === 8;
}

export function detectIpAddresses(text: string): PhiMatch[] {
  const out: PhiMatch[] = [];
  if (digitDotDigit(text)) eachMatch(IPV4, text, (m) => out.push({ start: m.index, end: m.index + m[0].length, kind: 'contact', what: 'an IP address' }));
  // Every IPv6 match holds a `:` followed by a hex digit or `:`; most text
  // has none, and one literal scan is far cheaper than trying IPV6 at every offset.
  if (!charBefore(text, ':', isHexOrColon, IPV6_HINT)) return dropOverlaps(out);
  eachMatch(IPV6, text, (m) => {
    if (validIpv6(m[0])) out.push({ start: m.index, end: m.index + m[0].length, kind: 'contact', what: 'an IP address' });
  });
  return dropOverlaps(out);
}

/** Every contact detail: phone and fax numbers, emails, URLs, IP addresses. */
export function detectContacts(text: string): PhiMatch[] {
  return dropOverlaps([...detectUrls(text), ...detectEmails(text), ...detectPhones(text), ...detectIpAddresses(text)]);
}

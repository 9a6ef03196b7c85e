// Anchored rules indexed by the characters they can open with, so a text is tried only against
// the rules that can match its first character. Most paragraphs and sentences open with a letter
// that few boilerplate rules start with; trying all of them one by one was most of the cost of
// telling furniture from story. The index is read off each rule's pattern, so a rule added to a
// table needs no entry here; a pattern this reader does not follow is tried on every text.

/** Whether any of the rules matches; a rule is tried only when it can open with the text's first character. */
export interface RuleIndex {
  some(text: string): boolean;
}

const ASCII = 128;

export function rulesByOpening(rules: RegExp[]): RuleIndex {
  const candidatesFor = byOpening(rules, (rule) => rule);
  return {
    some(text) {
      for (const rule of candidatesFor(text)) if (rule.test(text)) return true;
      return false;
    },
  };
}

/**
 * Entries that each hold an anchored rule, indexed as rulesByOpening indexes rules: the entries whose
 * rule can open with the text's first character, in the order given (so the first of them to match
 * is the first of all the entries that would).
 */
export function byOpening<T>(entries: T[], ruleOf: (entry: T) => RegExp): (text: string) => T[] {
  const odd = entries.map(ruleOf).find((rule) => rule.global || rule.sticky);
  // A global or sticky rule keeps state between tests: fewer tests would change what it matches.
  if (odd) throw new Error(`pattern ${odd} is global or sticky: it cannot be indexed`);
  const byCode: T[][] = Array.from({ length: ASCII }, () => []);
  for (const entry of entries) {
    const codes = openingCodes(ruleOf(entry));
    for (let code = 0; code < ASCII; code++) if (codes === undefined || codes.has(code)) byCode[code]!.push(entry);
  }
  return (text) => {
    const code = text.charCodeAt(0);
    // Past ASCII (or an empty text), every entry: case folding beyond ASCII is not worked out here.
    return code < ASCII ? byCode[code]! : entries;
  };
}

/**
 * The ASCII codes a text matched by `rule` can open with, or undefined when that is not known (the
 * pattern is not anchored, uses a construct not followed here, or can match nothing at all).
 * A superset: lookarounds and word boundaries are taken to let anything through.
 */
export function openingCodes(rule: RegExp): Set<number> | undefined {
  const source = rule.source;
  if (!source.startsWith('^')) return undefined;
  try {
    const reader = new FirstReader(source, 1);
    const first = reader.alternation();
    if (reader.at !== source.length || first.nullable || first.any) return undefined;
    const codes = new Set<number>();
    for (const code of first.codes) {
      if (code >= ASCII) {
        // Under the i flag a character past ASCII may stand for an ASCII one (the Kelvin sign for k).
        if (rule.ignoreCase) return undefined;
        continue;
      }
      codes.add(code);
      if (rule.ignoreCase) {
        codes.add(String.fromCharCode(code).toLowerCase().charCodeAt(0));
        codes.add(String.fromCharCode(code).toUpperCase().charCodeAt(0));
      }
    }
    return codes;
  } catch {
    return undefined;
  }
}

interface First {
  codes: Set<number>;
  /** Any character may open it. */
  any: boolean;
  /** It may match the empty string (what follows it may open the text). */
  nullable: boolean;
}

class Unfollowed extends Error {}

const DIGITS = range(48, 57);
const WORD = new Set([...range(48, 57), ...range(65, 90), ...range(97, 122), 95]);

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** A reader of a pattern's source that works out what its matches can open with. */
class FirstReader {
  constructor(
    private readonly source: string,
    public at: number,
  ) {}

  alternation(): First {
    const result: First = { codes: new Set(), any: false, nullable: false };
    for (;;) {
      const branch = this.sequence();
      for (const code of branch.codes) result.codes.add(code);
      result.any ||= branch.any;
      result.nullable ||= branch.nullable;
      if (this.source[this.at] !== '|') return result;
      this.at++;
    }
  }

  private sequence(): First {
    const result: First = { codes: new Set(), any: false, nullable: true };
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const item = this.item();
      if (!result.nullable) continue;
      for (const code of item.codes) result.codes.add(code);
      result.any ||= item.any;
      result.nullable = item.nullable;
    }
    return result;
  }

  private item(): First {
    const atom = this.atom();
    const quantifier = /^(?:[?*+]|\{(\d+)(?:,\d*)?\})\??/.exec(this.source.slice(this.at));
    if (!quantifier) return atom;
    this.at += quantifier[0].length;
    const min = quantifier[0][0] === '+' ? 1 : quantifier[1] !== undefined ? Number(quantifier[1]) : 0;
    return { ...atom, nullable: atom.nullable || min === 0 };
  }

  private atom(): First {
    const char = this.source[this.at]!;
    if (char === '(') return this.group();
    if (char === '[') return this.charClass();
    if (char === '\\') return this.escape(false);
    this.at++;
    if (char === '.') return { codes: new Set(), any: true, nullable: false };
    if (char === '^' || char === '$') return { codes: new Set(), any: false, nullable: true };
    if (char === '*' || char === '+' || char === '?' || char === '{' || char === ']' || char === '}') throw new Unfollowed();
    return { codes: new Set([char.charCodeAt(0)]), any: false, nullable: false };
  }

  private group(): First {
    const head = /^\((\?(?:<?[=!]|:|<[A-Za-z_]\w*>))?/.exec(this.source.slice(this.at))!;
    this.at += head[0].length;
    const inner = this.alternation();
    if (this.source[this.at] !== ')') throw new Unfollowed();
    this.at++;
    const marker = head[1] ?? '';
    // A lookaround matches no character: what follows opens the text (a superset of what can).
    if (/^\?<?[=!]$/.test(marker)) return { codes: new Set(), any: false, nullable: true };
    return inner;
  }

  private charClass(): First {
    this.at++;
    // A negated class is read to its end and may open with anything.
    const negated = this.source[this.at] === '^';
    if (negated) this.at++;
    const codes = new Set<number>();
    let any = negated;
    let previous: number | undefined;
    while (this.source[this.at] !== ']') {
      if (this.at >= this.source.length) throw new Unfollowed();
      if (this.source[this.at] === '-' && previous !== undefined && this.source[this.at + 1] !== ']') {
        this.at++;
        const end = this.classCode();
        if (end === undefined) throw new Unfollowed();
        for (let code = previous; code <= end; code++) codes.add(code);
        previous = undefined;
        continue;
      }
      if (this.source[this.at] === '\\') {
        const escaped = this.escape(true);
        for (const code of escaped.codes) codes.add(code);
        any ||= escaped.any;
        previous = escaped.codes.size === 1 && !escaped.any ? [...escaped.codes][0] : undefined;
        continue;
      }
      previous = this.source.charCodeAt(this.at);
      codes.add(previous);
      this.at++;
    }
    this.at++;
    return { codes, any, nullable: false };
  }

  /** One character of a class as a code (a range's end), or undefined for a class escape. */
  private classCode(): number | undefined {
    if (this.source[this.at] !== '\\') return this.source.charCodeAt(this.at++);
    const escaped = this.escape(true);
    return escaped.codes.size === 1 && !escaped.any ? [...escaped.codes][0] : undefined;
  }

  private escape(inClass: boolean): First {
    const rest = this.source.slice(this.at + 1);
    const one = (code: number, length: number): First => {
      this.at += 1 + length;
      return { codes: new Set([code]), any: false, nullable: false };
    };
    const hex = /^(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4}))/.exec(rest);
    if (hex) return one(parseInt(hex[1] ?? hex[2]!, 16), hex[0].length);
    const letter = rest[0];
    if (letter === undefined) throw new Unfollowed();
    if (letter === 'd') return (this.at += 2), { codes: new Set(DIGITS), any: false, nullable: false };
    if (letter === 'w') return (this.at += 2), { codes: new Set(WORD), any: false, nullable: false };
    if ((letter === 'b' || letter === 'B') && !inClass) return (this.at += 2), { codes: new Set(), any: false, nullable: true };
    if (letter === 'n') return one(10, 1);
    if (letter === 't') return one(9, 1);
    if (letter === 'r') return one(13, 1);
    // Classes of many characters (\s, \p{…}, \D, \W, …), back-references and the rest: anything.
    if (/[A-Za-z0-9]/.test(letter)) {
      const property = /^[pP]\{[^}]*\}/.exec(rest);
      this.at += 1 + (property ? property[0].length : 1);
      if (/[1-9]/.test(letter)) throw new Unfollowed();
      return { codes: new Set(), any: true, nullable: false };
    }
    return one(letter.charCodeAt(0), 1);
  }
}

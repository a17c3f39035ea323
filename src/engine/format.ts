/**
 * Numbers as officials write them: decimal comma and no-break-space thousands
 * in Swedish, point and comma in English, "82 %" for percentages.
 * Hand-formatted because reasons are built for every indicator and
 * Intl.NumberFormat is far slower per call than toFixed.
 */
import type { Lang } from './types';

interface NumberStyle {
  decimal: string;
  group: string;
  minus: string;
  percent: string;
}

const STYLES: Record<Lang, NumberStyle> = {
  sv: { decimal: ',', group: '\u00a0', minus: '\u2212', percent: ' %' },
  en: { decimal: '.', group: ',', minus: '-', percent: '%' },
};

/** Beyond this, toFixed gives exponent notation; such numbers are shown as a power of ten. */
const FIXED_LIMIT = 1e21;

/**
 * The fewest decimals (up to a cap) that show `x` exactly: 7.5 → 1, 5 → 0, 1.55 → 2.
 * The cap keeps about three significant digits for small numbers (0.0034 → 4)
 * and two decimals for numbers of 1 and more.
 */
export function neededDecimals(x: number): number {
  if (Number.isInteger(x) || !Number.isFinite(x)) return 0;
  const abs = Math.abs(x);
  const cap = abs >= 1 || abs === 0 ? 2 : Math.min(10, 2 - Math.floor(Math.log10(abs)));
  let scaled = abs;
  for (let d = 0; d < cap; d++) {
    if (Math.abs(scaled - Math.round(scaled)) <= 1e-9 * Math.max(1, scaled)) return d;
    scaled *= 10;
  }
  return cap;
}

function groupThousands(digits: string, separator: string): string {
  if (digits.length <= 3) return digits;
  let i = digits.length % 3 || 3;
  let out = digits.slice(0, i);
  for (; i < digits.length; i += 3) out += separator + digits.slice(i, i + 3);
  return out;
}

const POWERS_OF_TEN = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10];
/** Below this, abs · 10^decimals is an exact integer after rounding. */
const SAFE_SCALED = 2 ** 52;

/**
 * |x| rounded to `decimals` decimals, as the digits before and after the mark.
 * Integer arithmetic where it is exact, because toFixed costs several times
 * as much and this runs for every value in every reason.
 */
function roundedParts(abs: number, decimals: number): [string, string] {
  const scale = POWERS_OF_TEN[decimals];
  const scaled = scale === undefined ? Infinity : Math.round(abs * scale);
  if (scaled >= SAFE_SCALED) {
    const fixed = abs.toFixed(decimals);
    const dot = fixed.indexOf('.');
    return dot < 0 ? [fixed, ''] : [fixed.slice(0, dot), fixed.slice(dot + 1)];
  }
  const digits = String(scaled);
  if (decimals === 0) return [digits, ''];
  const padded =
    digits.length > decimals ? digits : '0'.repeat(decimals + 1 - digits.length) + digits;
  const cut = padded.length - decimals;
  return [padded.slice(0, cut), padded.slice(cut)];
}

/** `x` with exactly `decimals` decimals; "−0,0" never appears. */
export function formatNumber(x: number, decimals: number, lang: Lang): string {
  const style = STYLES[lang];
  if (!Number.isFinite(x)) return String(x);
  const abs = Math.abs(x);
  if (abs >= FIXED_LIMIT) {
    const text = abs.toExponential(2).replace('.', style.decimal);
    return x < 0 ? style.minus + text : text;
  }
  const [whole, fraction] = roundedParts(abs, decimals);
  const grouped = groupThousands(whole, style.group);
  const text = fraction === '' ? grouped : grouped + style.decimal + fraction;
  if (x >= 0 || Number(whole + fraction) === 0) return text;
  return style.minus + text;
}

/** An indicator's value; a percent indicator's 0.82 is "82 %". */
export function formatValue(x: number, decimals: number, percent: boolean, lang: Lang): string {
  if (!percent) return formatNumber(x, decimals, lang);
  return formatNumber(x * 100, decimals, lang) + STYLES[lang].percent;
}

/** A share such as fulfilment, in whole percent as in Excel's "0 %" format: "17 %". */
export function formatShare(share: number, lang: Lang): string {
  return formatNumber(Math.round(share * 100), 0, lang) + STYLES[lang].percent;
}

/** A parameter that is a share (0.05 → "5 %", 0.025 → "2,5 %"). */
export function formatShareExact(share: number, lang: Lang): string {
  const x = share * 100;
  return formatNumber(x, neededDecimals(x), lang) + STYLES[lang].percent;
}

/** A ratio such as the pace ratio R, always with two decimals: "0,71". */
export function formatRatio(ratio: number, lang: Lang): string {
  return formatNumber(ratio, 2, lang);
}

/** A year as written, "2030", never grouped. */
export function formatYear(year: number, lang: Lang): string {
  return Number.isInteger(year) ? String(year) : formatNumber(year, neededDecimals(year), lang);
}

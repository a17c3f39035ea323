/**
 * Sentences with numbered slots, "Utfall {0} är sämre än målvärdet {1}",
 * split once when a module loads so that filling one is a single join.
 *
 * A join gives V8 one flat string. A sentence glued from template-literal
 * parts is kept as a tree of pieces instead, and a reason and a message for
 * each of 100,000 rows cost the garbage collector more as trees than the
 * building of them costs.
 */

/** Fills the slots {0}, {1} … of a pattern, in order. */
export type Fill = (...values: string[]) => string;

const SLOT = /\{(\d)\}/;

export function pattern(text: string): Fill {
  // Split with a capture group: literal, slot number, literal, slot number, …, literal.
  const pieces = text.split(SLOT);
  const slots = pieces.map((piece, i) => (i % 2 === 1 ? Number(piece) : -1));
  return (...values) => {
    const out = new Array<string>(pieces.length);
    for (let i = 0; i < pieces.length; i++) out[i] = slots[i] < 0 ? pieces[i] : values[slots[i]];
    return out.join('');
  };
}

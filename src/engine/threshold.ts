/**
 * §3.7: every comparison of a computed ratio with a threshold allows for
 * floating point, so that 0.1 + 0.7 counts as reaching 0.8. Comparisons of two
 * input values (reached or not) are exact and do not use these helpers.
 */
export const TOLERANCE = 1e-9;

/** `x ≥ θ`, read as `x ≥ θ − 1e-9`. */
export function gte(x: number, threshold: number): boolean {
  return x >= threshold - TOLERANCE;
}

/** `x > θ`, read as `x > θ + 1e-9`. */
export function gt(x: number, threshold: number): boolean {
  return x > threshold + TOLERANCE;
}

/** `x < θ`, read as `x < θ − 1e-9`. */
export function lt(x: number, threshold: number): boolean {
  return x < threshold - TOLERANCE;
}

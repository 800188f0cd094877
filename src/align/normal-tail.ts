// The tail of the standard normal distribution, in the negative-log units the Gale–Church length costs use.

/** -ln P(|Z| >= |x|) for a standard normal Z, numerically stable for large x (erfc, Numerical Recipes). */
export function twoTailNegLog(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * z);
  const lnErfc =
    -z * z -
    1.26551223 +
    t *
      (1.00002368 +
        t *
          (0.37409196 +
            t *
              (0.09678418 +
                t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))) +
    Math.log(t);
  return -lnErfc;
}

/**
 * Property tests draw new random inputs on every local run, to keep finding
 * bugs; under CI (CI=true) they use one fixed seed, so that a run is
 * repeatable and a red CI run can be reproduced. Set FC_SEED to replay one.
 */
import fc from 'fast-check';

const seed = process.env.FC_SEED ?? (process.env.CI ? '20261121' : undefined);
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) });

// fast-check's seed. On a developer's machine it is random: each run tries new inputs, which is how
// the property tests keep finding real bugs (the Lord Howe gap in lib/rules/time, ef567c5). In CI
// (CI=true) it is fixed, so the run on a fresh clone is reproducible: a red run is replayed exactly
// with `CI=true npx vitest run`, and FC_SEED=<integer> tries any other seed anywhere.
import fc from 'fast-check';

const seed = process.env.FC_SEED ?? (process.env.CI ? '20261122' : undefined);
if (seed !== undefined) {
  if (!/^-?\d+$/.test(seed)) throw new Error(`FC_SEED must be an integer, not "${seed}"`);
  fc.configureGlobal({ seed: Number(seed) });
}

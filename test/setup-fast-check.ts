/**
 * fast-check draws new values on every local run, so a new counterexample shows up as a real
 * defect while we work. CI (CI=true) uses one fixed seed so a submission's run is reproducible;
 * FC_SEED=<n> replays any run.
 */
import fc from "fast-check";

const seed = process.env.FC_SEED ?? (process.env.CI === "true" ? "20261122" : undefined);
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) });

/**
 * Task-pane tests wait for React to settle (waitFor, findBy…). Testing Library gives up after one
 * second by default, a wall-clock limit a loaded 2-core machine misses; the waits end as soon as
 * the condition holds, so a generous limit costs nothing when all is well.
 */
import { configure } from "@testing-library/react";

configure({ asyncUtilTimeout: 30_000 });
jest.setTimeout(60_000);

import { useSeedGraphBeforeAll } from "./seed-graph";

/**
 * Runs before every test file (jest `setupFilesAfterEnv`). Files of the database tiers start from the
 * seed graph whatever ran before them, so none depends on the order jest picks (`--randomize` included).
 * Unit tests beside the code (src/) and the bench's own tests need no database and are left alone.
 */
const testPath = expect.getState().testPath ?? "";
if (/[\\/]test[\\/](integration|e2e|browser|clients|fixture-kind)[\\/]/.test(testPath)) useSeedGraphBeforeAll();

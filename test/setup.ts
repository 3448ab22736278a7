// Preloaded by bunfig.toml for every test file: tests start real processes
// and namespaces, and a few take seconds on a loaded 2-core machine, so the
// default per-test timeout is 30 s, not Bun's 5 (bunfig has no timeout key).
import { setDefaultTimeout } from "bun:test";

setDefaultTimeout(30_000);

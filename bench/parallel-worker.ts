// A Worker of the bench's parallel section: on "go", spawns `count` children
// one after another (ForkExec + Wait4, or Bun.spawnSync) and posts the time.
import { ForkExec, Wait4 } from "../src/index.ts";

declare const self: Worker;
self.onmessage = (e: MessageEvent<{ kind: "forkexec" | "spawnSync"; count: number; true: string }>) => {
  const { kind, count } = e.data;
  const t0 = performance.now();
  for (let i = 0; i < count; i++) {
    if (kind === "forkexec") {
      const [pid, err] = ForkExec(e.data.true, [e.data.true], {});
      if (err) throw err;
      Wait4(pid, null, 0, null);
    } else {
      Bun.spawnSync([e.data.true]);
    }
  }
  postMessage(performance.now() - t0);
};

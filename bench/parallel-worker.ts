// A Worker of the bench's parallel section: on "go", spawns `count` children
// one after another (ForkExec + Wait4, Bun.spawnSync, or the C floor's loop
// compiled in this Worker) and posts the time.
import { ForkExec, Wait4 } from "../src/index.ts";
import { cFloorSpawn } from "./floor.ts";

declare const self: Worker;
self.onmessage = (e: MessageEvent<{ kind: "forkexec" | "spawnSync" | "floor"; count: number; true: string }>) => {
  const { kind, count } = e.data;
  // The floor's children get the environment ForkExec's inherit (Env unset).
  const env = kind === "floor" ? Object.entries(process.env).map(([k, v]) => `${k}=${v}`) : [];
  const t0 = performance.now();
  if (kind === "floor") {
    if (cFloorSpawn(e.data.true, [e.data.true], env, count) !== count) throw new Error("floor: a child failed");
    postMessage(performance.now() - t0);
    return;
  }
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

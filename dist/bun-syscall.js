// @bun
// bun-syscall: made by scripts/build.ts. Do not edit.
import S from "./bun-syscall.cjs";
export * from "./bun-syscall.cjs";
export let SocketDisableIPv6 = S.SocketDisableIPv6;
export function SetSocketDisableIPv6(v) {
  S.SetSocketDisableIPv6(v);
  SocketDisableIPv6 = S.SocketDisableIPv6;
}

// A pty session: runs a shell on a new pseudo-terminal, types a command,
// reads the output, resizes the terminal, and reads the new size.
//
//   bun examples/pty.ts
import { Close, FdReadableStream, ForkExec, IoctlSetWinsize, Openpty, TIOCSWINSZ, Wait4Async, WriteAsync } from "../src/index.ts";

const [master, slave, err] = Openpty();
if (err) throw err;
const winsize = (Row: number, Col: number) => ({ Row, Col, Xpixel: 0, Ypixel: 0 });
IoctlSetWinsize(master, TIOCSWINSZ, winsize(24, 80));
const [pid, ferr] = ForkExec("/bin/sh", ["sh", "-i"], {
  Env: ["PS1=$ ", "TERM=dumb"],
  Files: [slave, slave, slave],
  Sys: { Setsid: true, Setctty: true, Ctty: 0 },
});
Close(slave); // the shell holds it now; the master reads EIO when the shell is gone
if (ferr) throw ferr;

let screen = "";
const reading = (async () => {
  for await (const chunk of FdReadableStream(master)) screen += new TextDecoder().decode(chunk);
})();
const waitFor = async (text: string) => {
  for (let i = 0; i < 500 && !screen.includes(text); i++) await Bun.sleep(10);
};
const type = (line: string) => WriteAsync(master, new TextEncoder().encode(line + "\n"));

await type("echo answer=$((6 * 7)); stty size");
await waitFor("24 80");
IoctlSetWinsize(master, TIOCSWINSZ, winsize(50, 132));
await type("stty size; exit");
await waitFor("50 132");
await reading;
Close(master);
await Wait4Async(pid, null, null);
console.log(JSON.stringify({ answer: /answer=42/.test(screen), before: /24 80/.test(screen), after: /50 132/.test(screen) }));

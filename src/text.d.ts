// The C halves are imported as text (`import text from "./child.c" with { type: "text" }`):
// Bun's loader reads the file, and its bundler inlines it as a string.
declare module "*.c" {
  const text: string;
  export default text;
}

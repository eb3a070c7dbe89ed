// Parses an AsyncAPI document with the reference parser (@asyncapi/parser) and prints every
// diagnostic; exits 1 when it has errors.
import { Parser } from "@asyncapi/parser";
import { readFileSync } from "node:fs";
const parser = new Parser();
const { document, diagnostics } = await parser.parse(readFileSync(process.argv[2], "utf8"));
const errors = diagnostics.filter((d) => d.severity === 0);
for (const d of diagnostics) console.log(`${["error", "warning", "info", "hint"][d.severity]} ${d.code} ${d.path.join(".")}: ${d.message}`);
console.log(`${errors.length} errors, ${diagnostics.length - errors.length} other diagnostics; ${document ? document.allMessages().length + " messages" : "no document"}`);
process.exit(errors.length ? 1 : 0);

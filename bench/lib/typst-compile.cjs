// typst-compile.cjs <file.typ> <out.pdf> <font folder>: one Typst compilation as a whole process,
// through Typst's npm package (@myriaddreamin/typst-ts-node-compiler, Typst's compiler as a
// native Node module). Loaded from bench/.typst/ (npm run bench:typst) or the project.
"use strict";
const { writeFileSync } = require("node:fs");
const { dirname, resolve } = require("node:path");
const { NodeCompiler } = require(process.env.BENCH_TYPST_MODULE);

const [file, out, fonts] = process.argv.slice(2);
const main = resolve(file);
// Only the given folder's fonts: the comparison is with one serif face family, as cai-cach uses.
const compiler = NodeCompiler.create({ workspace: dirname(main), fontArgs: [{ fontPaths: [fonts] }] });
writeFileSync(out, compiler.pdf({ mainFilePath: main }));

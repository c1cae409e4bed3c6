// Builds the panel into the one ES module the integration serves. The output
// is committed (HACS installs the folder as it is); `node build.mjs --check`
// fails when it differs from a fresh build of the source.
//
// esbuild's minifier leaves the text of template literals alone, so the
// Lit html`` and css`` templates would keep their indentation and line
// breaks: esbuild-minify-templates collapses their white space (and drops
// the white space between tags) in the built output. Tagged templates only:
// a plain template literal's text is a value, left as it is.
import { build } from "esbuild";
import { minifyTemplates, writeFiles } from "esbuild-minify-templates";
import { readFile } from "node:fs/promises";

const OUT = "../custom_components/smart_mirror/frontend/smart-mirror-panel.js";
const options = {
  entryPoints: ["src/panel.ts"],
  bundle: true,
  format: "esm",
  target: "es2022",
  minify: true,
  legalComments: "eof",
  loader: { ".css": "text" },
  logLevel: "warning",
  outfile: OUT,
  write: false, // the plugins minify the templates in memory, writeFiles writes
};

if (process.argv.includes("--check")) {
  const fresh = await build({ ...options, plugins: [minifyTemplates({ taggedOnly: true })] });
  const built = await readFile(OUT, "utf8").catch(() => "");
  if (new TextDecoder().decode(fresh.outputFiles[0].contents) !== built) {
    console.error(`${OUT} differs from a fresh build of mirror_frontend/src: run \`make frontend\``);
    process.exit(1);
  }
  console.log(`${OUT} is the build of the source`);
} else {
  await build({ ...options, plugins: [minifyTemplates({ taggedOnly: true }), writeFiles()] });
  console.log(`built ${OUT}`);
}

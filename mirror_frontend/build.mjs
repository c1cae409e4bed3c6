// Builds the panel into the one ES module the integration serves. The output
// is committed (HACS installs the folder as it is); `node build.mjs --check`
// fails when it differs from a fresh build of the source.
import { build } from "esbuild";
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
};

if (process.argv.includes("--check")) {
  const fresh = await build({ ...options, write: false, outfile: OUT });
  const built = await readFile(OUT, "utf8").catch(() => "");
  if (fresh.outputFiles[0].text !== built) {
    console.error(`${OUT} differs from a fresh build of mirror_frontend/src: run \`make frontend\``);
    process.exit(1);
  }
  console.log(`${OUT} is the build of the source`);
} else {
  await build({ ...options, outfile: OUT });
  console.log(`built ${OUT}`);
}

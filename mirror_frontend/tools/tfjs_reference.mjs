// Runs a TF.js graph model with @tensorflow/tfjs and the wasm backend, the
// reference our ONNX conversions are checked against.
//   node tfjs_reference.mjs MODEL.json REQUEST.json RESULT.json
// REQUEST: {"input": {"name", "shape", "file", "dtype"?}, "outputs": [node names]}
// where "file" holds little-endian float32 values (cast to "dtype", default
// float32, for models with an integer input). RESULT: {name: {shape, data}}.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { createRequire } from "node:module";
import * as tf from "@tensorflow/tfjs-core";
import { loadGraphModel } from "@tensorflow/tfjs-converter";
import { setWasmPaths } from "@tensorflow/tfjs-backend-wasm";

const require = createRequire(import.meta.url);
const [modelPath, requestPath, resultPath] = process.argv.slice(2);
const wasmDir = dirname(require.resolve("@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm"));
setWasmPaths(wasmDir + "/");
tf.env().set("WASM_HAS_MULTITHREAD_SUPPORT", false);
if (!(await tf.setBackend("wasm"))) throw new Error("the wasm backend did not start");
await tf.ready();

const spec = JSON.parse(readFileSync(modelPath, "utf8"));
const folder = dirname(modelPath);
const handler = {
  load: async () => {
    const shards = spec.weightsManifest.flatMap((g) => g.paths.map((p) => readFileSync(join(folder, p))));
    const weightData = new Uint8Array(Buffer.concat(shards)).buffer;
    return {
      modelTopology: spec.modelTopology,
      weightSpecs: spec.weightsManifest.flatMap((g) => g.weights),
      weightData,
      format: spec.format,
      generatedBy: spec.generatedBy,
      convertedBy: spec.convertedBy,
      signature: spec.signature,
    };
  },
};
const model = await loadGraphModel(handler);
const request = JSON.parse(readFileSync(requestPath, "utf8"));
const raw = readFileSync(request.input.file);
const values = new Float32Array(raw.buffer, raw.byteOffset, raw.byteLength / 4);
const input = tf.tensor(values, request.input.shape, "float32");
const fed = request.input.dtype && request.input.dtype !== "float32" ? tf.cast(input, request.input.dtype) : input;
// Graphs with a fixed batch of one run item by item; outputs are concatenated.
const fixedOne = model.inputs[0].shape?.[0] === 1;
const items = fixedOne ? tf.split(fed, fed.shape[0], 0) : [fed];
const runs = items.map((item) => {
  const out = model.execute({ [request.input.name]: item }, request.outputs);
  return Array.isArray(out) ? out : [out];
});
const result = { backend: tf.getBackend() };
request.outputs.forEach((name, i) => {
  const joined = tf.concat(
    runs.map((run) => run[i]),
    0,
  );
  result[name] = { shape: joined.shape, data: Array.from(joined.dataSync()) };
});
writeFileSync(resultPath, JSON.stringify(result));

// Opens the engine's mirror page and reports what a person would see:
// painted frames per second, the horizontal flip, and a screenshot.
// usage: node engine_page.mjs URL SCREENSHOT.png  -> one JSON line on stdout
import { launch } from "./browser.mjs";

const [url, screenshot] = process.argv.slice(2);
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const errors = [];
  page.on("pageerror", (err) => errors.push(String(err)));
  await page.goto(url);
  await page.waitForFunction(() => window.mirrorStats && window.mirrorStats.painted > 10, null, { timeout: 30000 });
  const stats = () => page.evaluate(() => ({ painted: window.mirrorStats.painted, seq: window.mirrorStats.seq }));
  const first = await stats();
  const started = Date.now();
  await page.waitForTimeout(5000);
  const last = await stats();
  const seconds = (Date.now() - started) / 1000;
  const result = await page.evaluate(() => {
    const canvas = document.getElementById("mirror");
    return {
      transform: getComputedStyle(canvas).transform,
      width: canvas.width,
      height: canvas.height,
      hud: document.getElementById("hud").textContent,
      latency: window.mirrorStats.latency,
    };
  });
  await page.screenshot({ path: screenshot });
  console.log(
    JSON.stringify({
      ...result,
      fps: (last.painted - first.painted) / seconds,
      seqAdvance: last.seq - first.seq,
      errors,
    }),
  );
} finally {
  await browser.close();
}

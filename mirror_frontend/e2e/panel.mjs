// Logs in to a real Home Assistant (the owner's tokens, as its login page
// stores them), opens the Smart Mirror panel and reports what a person sees:
// painted fps over 5 s, the flip, the greeting, widgets, and screenshots.
// usage: node panel.mjs HA_URL TOKENS_JSON SCREENSHOT_DIR -> one JSON line on stdout
import { launch, openPanel } from "./browser.mjs";

const [base, tokensJson, shots] = process.argv.slice(2);
const tokens = JSON.parse(tokensJson);
const browser = await launch();
const inPanel = (fn, arg) => page.evaluate(fn, arg);
let page;
try {
  let errors;
  ({ page, errors } = await openPanel(browser, base, tokens, 10));
  const stats = () =>
    inPanel(() => ({ ...window.mirrorPanel.stats, latencies: window.mirrorPanel.stats.latencies.slice() }));
  const first = await stats();
  const started = Date.now();
  await page.waitForTimeout(5000);
  const last = await stats();
  const seconds = (Date.now() - started) / 1000;
  const flip = await inPanel(() => {
    const canvas = window.mirrorPanel.shadowRoot.getElementById("picture");
    return getComputedStyle(canvas).transform;
  });
  await page.screenshot({ path: `${shots}/panel-live.png` });

  const text = (id) =>
    inPanel((id) => window.mirrorPanel.shadowRoot.getElementById(id)?.textContent?.trim() ?? null, id);
  await page.waitForFunction(
    () => (window.mirrorPanel.shadowRoot.getElementById("greeting")?.textContent ?? "").includes("Lin-Manuel"),
    null,
    { timeout: 90000 },
  );
  const greeting = await text("greeting");
  const drawn = await inPanel(() => ({ ...window.mirrorPanel.stats, latencies: undefined }));
  await page.waitForFunction(() => window.mirrorPanel.shadowRoot.getElementById("assessment"), null, {
    timeout: 30000,
  });
  const assessment = await text("assessment");
  await page.screenshot({ path: `${shots}/panel-greeting.png` });

  // his own widgets: Evolution and Diary (a touch writes today's entry)
  const panel = page.locator("smart-mirror-panel");
  await panel.locator("mirror-evolution #chart").waitFor({ timeout: 30000 });
  // the engine writes only while his face is in view (he turns away in the clip)
  for (let attempt = 0; attempt < 10; attempt += 1) {
    await panel.locator("mirror-diary button[data-mood='A good day']").click();
    const written = await panel
      .locator("mirror-diary .entry", { hasText: "A good day" })
      .first()
      .waitFor({ timeout: 3000 })
      .then(
        () => true,
        () => false,
      );
    if (written) break;
  }
  const diary = await panel.locator("mirror-diary .entry").first().textContent();

  // the session ends (he turns away in the clip): nothing personal stays on screen
  await page.waitForFunction(() => !window.mirrorPanel.shadowRoot.getElementById("greeting"), null, { timeout: 60000 });
  const afterSession = await inPanel(() => {
    const root = window.mirrorPanel.shadowRoot;
    return {
      assessment: !!root.getElementById("assessment"),
      personal: !!root.getElementById("personal"),
      evolution: !!root.getElementById("evolution"),
      diary: !!root.getElementById("diary"),
      text: root.textContent.includes("A good day"),
    };
  });

  // widgets toggle from the Settings sheet (the engine's features)
  await panel.locator("#open-settings").click();
  await panel.locator("mirror-settings button[data-feature='public']").click();
  const publicHidden = await page
    .waitForFunction(() => !window.mirrorPanel.shadowRoot.getElementById("public"), null, { timeout: 15000 })
    .then(
      () => inPanel(() => !window.mirrorPanel.shadowRoot.getElementById("public")),
      () => false,
    );
  await panel.locator("mirror-settings button[data-feature='public']").click();
  await page.waitForFunction(() => !!window.mirrorPanel.shadowRoot.getElementById("public"), null, { timeout: 15000 });
  await page.screenshot({ path: `${shots}/panel-settings.png` });

  // zoom buttons (touch targets, top left)
  await panel.locator("button[title='Zoom in']").click();
  const zoomed = await inPanel(() => window.mirrorPanel.zoom);
  await panel.locator("button[title='Reset']").click();
  const reset = await inPanel(() => window.mirrorPanel.zoom);

  const sorted = last.latencies.slice().sort((a, b) => a - b);
  const pick = (q) => sorted[Math.min(sorted.length - 1, Math.round(q * (sorted.length - 1)))];
  console.log(
    JSON.stringify({
      fps: (last.painted - first.painted) / seconds,
      seqAdvance: last.lastSeq - first.lastSeq,
      width: last.width,
      height: last.height,
      flip,
      greeting,
      drawn,
      assessment,
      afterSession,
      diary,
      publicHidden,
      zoomed,
      reset,
      latency_ms: { p50: pick(0.5) * 1000, p99: pick(0.99) * 1000, n: sorted.length },
      errors,
    }),
  );
} finally {
  await browser.close();
}

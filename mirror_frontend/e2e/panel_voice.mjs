// The Assist sheet in a real Home Assistant: the wall's microphone button
// opens it, the talk button explains that there is no speech-to-text engine
// (the test's Home Assistant has none), and a typed sentence runs Home
// Assistant's Assist pipeline: the sheet shows what was asked and the answer
// (a mirror sentence such as "show the weather" also acts, through the engine).
// usage: node panel_voice.mjs HA_URL TOKENS_JSON SHOTS SENTENCE -> one JSON line
import { launch, openPanel } from "./browser.mjs";

const [base, tokensJson, shots, sentence] = process.argv.slice(2);
const browser = await launch();
try {
  const { page, errors } = await openPanel(browser, base, JSON.parse(tokensJson), 3);
  const panel = page.locator("smart-mirror-panel");
  const sheet = panel.locator("mirror-voice");
  const text = async (selector) => (await sheet.locator(selector).textContent())?.replace(/\s+/g, " ").trim() ?? null;

  await panel.locator("#open-voice").click();
  await sheet.locator(".pipeline").waitFor({ timeout: 20000 }); // the preferred pipeline, loaded
  const pipeline = await page.evaluate(() => window.mirrorVoice.pipeline);
  await sheet.locator("#talk").click();
  const note = await text("#voice-note");

  await sheet.locator("#text").fill(sentence);
  await sheet.locator("#text").press("Enter");
  await sheet.locator("#speech").waitFor({ timeout: 30000 });
  const heard = await text("#heard");
  const speech = await text("#speech");
  const state = await page.evaluate(() => window.mirrorVoice.assist);
  await page.screenshot({ path: `${shots}/panel-voice.png` });
  // the panel after the sentence (a mirror sentence acts through the engine)
  const publicShown = await page
    .waitForFunction(() => !!window.mirrorPanel.shadowRoot.getElementById("public"), null, { timeout: 15000 })
    .then(
      () => true,
      () => false,
    );
  const panelState = await page.evaluate(() => ({
    toggles: window.mirrorPanel.toggles,
    stats: { ...window.mirrorPanel.stats, latencies: undefined },
  }));
  console.log(JSON.stringify({ pipeline, note, heard, speech, state, publicShown, panel: panelState, errors }));
} finally {
  await browser.close();
}

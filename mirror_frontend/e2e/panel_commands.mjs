// The command desk on the wall, in a real Home Assistant: commands posted to
// the engine as a gesture would (POST /api/commands), carried out by the panel
// (zoom, the focus ring, toggling the focused widget), and a low-confidence
// one confirmed by touch on the "Did you mean ...?" card.
// usage: node panel_commands.mjs HA_URL TOKENS_JSON SHOTS ENGINE_URL ENGINE_TOKEN -> one JSON line
import { launch, openPanel } from "./browser.mjs";

const [base, tokensJson, shots, engine, engineToken] = process.argv.slice(2);
const api = async (path, body) => {
  const response = await fetch(`${engine}${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { Authorization: `Bearer ${engineToken}`, "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const answer = await response.json();
  if (!response.ok) throw new Error(`${path} answered ${response.status}: ${JSON.stringify(answer)}`);
  return answer;
};
const gesture = (name, args = {}, confidence = 1.0, extra = {}) =>
  api("/api/commands", { name, args, modality: "gesture", confidence, ...extra });

// the public widget on, whatever an earlier test left
await api("/api/commands", { name: "show_widget", args: { widget: "public" }, modality: "touch" });
const browser = await launch();
try {
  const { page, errors } = await openPanel(browser, base, JSON.parse(tokensJson), 3);
  const panel = page.locator("smart-mirror-panel");
  const inPanel = (fn, arg) => page.evaluate(fn, arg);
  const until = (fn, arg, what) =>
    page.waitForFunction(fn, arg, { timeout: 20000 }).catch(async (err) => {
      const state = await inPanel(() => ({
        zoom: window.mirrorPanel.zoom,
        focused: window.mirrorPanel.ring.focused,
        toggles: window.mirrorPanel.toggles,
        stats: { ...window.mirrorPanel.stats, latencies: undefined },
      }));
      throw new Error(`${what} did not happen; the panel: ${JSON.stringify(state)}`, { cause: err });
    });
  const has = (id) => !!window.mirrorPanel.shadowRoot.getElementById(id);
  const text = (id) =>
    inPanel(
      (id) => window.mirrorPanel.shadowRoot.getElementById(id)?.textContent?.replace(/\s+/g, " ").trim() ?? null,
      id,
    );
  await until(() => window.mirrorPanel.shadowRoot.getElementById("public"), null, "the public widget");

  // (b) panel-side commands at full confidence: done at once, by the panel
  const zoomAnswer = await gesture("zoom", { direction: "in" });
  await until(() => window.mirrorPanel.zoom > 1, null, "zoom in");
  const zoomed = await inPanel(() => window.mirrorPanel.zoom);
  await gesture("next_widget");
  await until(
    () => window.mirrorPanel.shadowRoot.getElementById("public")?.classList.contains("focused"),
    null,
    "the focus ring on the public widget",
  );
  const focus = await inPanel(() => ({
    index: window.mirrorPanel.focusIndex,
    focused: window.mirrorPanel.ring.focused,
    outline: getComputedStyle(window.mirrorPanel.shadowRoot.getElementById("public")).outlineStyle,
  }));
  // toggle: the focused widget goes (a placeholder keeps the focus), and comes back
  await gesture("toggle_focused");
  await until(() => !window.mirrorPanel.shadowRoot.getElementById("public"), null, "the focused widget hidden");
  const placeholder = await text("held");
  const toggledOff = (await api("/api/toggles")).public;
  await gesture("toggle_focused");
  await until(() => !!window.mirrorPanel.shadowRoot.getElementById("public"), null, "the focused widget shown again");
  const toggledOn = (await api("/api/toggles")).public;
  await gesture("zoom", { direction: "reset" });
  await until(() => window.mirrorPanel.zoom === 1, null, "zoom reset");

  // an unsure one answered No: nothing happens; one corrected: the correction happens
  const question = async (name, args, alternatives) => {
    const asked = await gesture(name, args, 0.5, { alternatives });
    await until(
      (id) => window.mirrorPanel.shadowRoot.getElementById("confirm")?.dataset.id === String(id),
      asked.confirmation?.id,
      `the card for ${name}`,
    );
    return asked;
  };
  const outcomeOf = async () => {
    await until((id) => !window.mirrorPanel.shadowRoot.getElementById(id), "confirm", "the card to close");
    return text("confirm-outcome");
  };
  await question("zoom", { direction: "in" }, []);
  await panel.locator("#confirm-no").click();
  const rejected = { outcome: await outcomeOf(), zoom: await inPanel(() => window.mirrorPanel.zoom) };
  const commandsBefore = await inPanel(() => window.mirrorPanel.stats.commands);
  await question("next_widget", {}, ["previous_widget"]);
  await panel.locator("#confirm button.alternative[data-name='previous_widget']").click();
  const corrected = { outcome: await outcomeOf() };
  await until((n) => window.mirrorPanel.stats.commands > n, commandsBefore, "the corrected command");
  corrected.commands = (await inPanel(() => window.mirrorPanel.stats.commands)) - commandsBefore;

  // (a) an unsure gesture: the card asks, a touch on Yes confirms
  const asked = await gesture("hide_widget", { widget: "public" }, 0.5, {
    evidence: { features: [0.1, 0.2] },
    alternatives: ["show_widget"],
  });
  await until(
    (id) => window.mirrorPanel.shadowRoot.getElementById("confirm")?.dataset.id === String(id),
    asked.confirmation?.id,
    "the confirmation card",
  );
  const card = {
    status: asked.status,
    label: await text("confirm-label"),
    how: await text("confirm-how"),
    question: await text("confirm"),
    countdown: Number(await text("confirm-countdown")),
    buttons: (await panel.locator("#confirm .answers button").allTextContents()).map((t) => t.trim()),
    publicStillShown: await inPanel(has, "public"),
    pending: (await api("/api/commands/pending")).map((p) => p.id),
  };
  await page.screenshot({ path: `${shots}/panel-confirm.png` });
  await panel.locator("#confirm-yes").click();
  await until(() => !!window.mirrorPanel.shadowRoot.getElementById("confirm-outcome"), null, "the outcome");
  const outcome = await text("confirm-outcome");
  await until(() => !window.mirrorPanel.shadowRoot.getElementById("public"), null, "the confirmed hide");
  const after = {
    cardClosed: !(await inPanel(has, "confirm")),
    pending: await api("/api/commands/pending"),
    toggles: await api("/api/toggles"),
  };
  // the outcome goes after a moment
  await until(() => !window.mirrorPanel.shadowRoot.getElementById("confirm-outcome"), null, "the outcome to go");

  console.log(
    JSON.stringify({
      zoomAnswer,
      zoomed,
      focus,
      placeholder,
      toggledOff,
      toggledOn,
      rejected,
      corrected,
      asked,
      card,
      outcome,
      after,
      errors,
    }),
  );
} finally {
  await browser.close();
}

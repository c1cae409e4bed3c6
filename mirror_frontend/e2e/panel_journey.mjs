// The household's journey on the wall (tests/panel/test_household_journey.py):
// a fresh mirror's first-run card and People sheet (one person enrolled from
// a photo, with a PIN and a calendar, another from the live view), the kiosk
// on a portrait and a landscape screen, the wrong person greeted and "Not me",
// the PIN pad, and a household member who speaks Korean. The camera is a
// still photo the script swaps (atomically). Waits are on the panel's state
// and Home Assistant's events, except the 30 s in which the mistaken person's
// session must not come back, and the 5 s over which fps are counted.
// usage: node panel_journey.mjs HA_URL TOKENS_JSON KOREAN_TOKENS_JSON SHOTS SCENE PHOTOS_JSON ENROL_PHOTO PIN
//   -> one JSON line on stdout
import { copyFileSync, renameSync } from "node:fs";
import { launch, openPanel } from "./browser.mjs";

const [base, tokensJson, koreanJson, shots, scene, photosJson, enrolPhoto, pin] = process.argv.slice(2);
const tokens = JSON.parse(tokensJson);
const photos = JSON.parse(photosJson);
const LOOSE = 0.64; // the loosest match distance an admin may set
const TIGHT = 0.3; // so strict that the mirror asks for the PIN
const DEFAULT = 0.55;
const WINDOW_MS = 30_000;

const show = (name) => {
  copyFileSync(photos[name], `${scene}.tmp.jpg`);
  renameSync(`${scene}.tmp.jpg`, scene);
};
const norm = (text) => (text ?? "").replace(/\s+/g, " ").trim();

/** Helpers bound to one page showing the panel. */
function wall(page) {
  const panel = page.locator("smart-mirror-panel");
  const byId = (id) =>
    page.evaluate((id) => window.mirrorPanel.shadowRoot.getElementById(id)?.textContent ?? null, id).then(norm);
  const waitFor = (what, fn, arg, timeout = 60000) =>
    page.waitForFunction(fn, arg, { timeout }).catch(async (err) => {
      const session = await page.evaluate(() => JSON.stringify(window.mirrorPanel?.session));
      throw new Error(`${what} never happened; the panel's session: ${session}`, { cause: err });
    });
  const waitText = (id, contains, timeout) =>
    waitFor(
      `#${id} showing "${contains}"`,
      ([id, contains]) => (window.mirrorPanel.shadowRoot.getElementById(id)?.textContent ?? "").includes(contains),
      [id, contains],
      timeout,
    );
  const waitIdle = () => waitFor("an idle mirror", () => window.mirrorPanel.session.state === "idle", null, 60000);
  const settings = (changes) =>
    page.evaluate(
      (changes) =>
        window.mirrorPanel.hass.callWS({
          type: "smart_mirror/settings",
          entry_id: window.mirrorPanel.entryId,
          changes,
        }),
      changes,
    );
  const shot = (name) => page.screenshot({ path: `${shots}/${name}` });
  return { panel, byId, waitFor, waitText, waitIdle, settings, shot };
}

/** A person's card in the People sheet, by the name on it. */
function card(page, name) {
  return page
    .locator("smart-mirror-panel mirror-person-card")
    .filter({ has: page.locator(".people-title", { hasText: new RegExp(`^\\s*${name}\\s*$`) }) });
}

/** Do something on a card and wait until it is done (`done`: "embeddings",
 * "has_pin", "ha_person" or a calendar the person has now) or refused; its note. */
async function onCard(page, cardLocator, action, done) {
  await action();
  const element = await cardLocator.elementHandle();
  await page.waitForFunction(
    ([card, done]) => {
      if (card.busy) return false;
      if (card.querySelector(".people-note.message")) return true; // refused: the note says why
      const person = card.person;
      if (done === "embeddings") return person.embeddings > 0;
      if (done === "has_pin") return person.has_pin;
      if (done === "ha_person") return !!person.ha_person;
      return person.calendars.includes(done);
    },
    [element, done],
    { timeout: 60000 },
  );
  return norm(await cardLocator.locator(".people-note").textContent());
}

/** Home Assistant's sidebar, as a person would see it. */
const sidebarHidden = () => {
  const main = document.querySelector("home-assistant")?.shadowRoot?.querySelector("home-assistant-main");
  const bar = main?.shadowRoot?.querySelector("ha-sidebar");
  if (!bar) return { found: false, hidden: true };
  const box = bar.getBoundingClientRect();
  const shown = Math.max(0, Math.min(box.right, innerWidth) - Math.max(box.left, 0));
  return { found: true, width: box.width, shown, hidden: !bar.checkVisibility() || shown === 0 };
};

const browser = await launch();
const result = {};
const errors = [];
try {
  show("empty");
  // -- 1. the admin on a fresh mirror ------------------------------------------------
  const admin = await openPanel(browser, base, tokens, 3);
  errors.push(...admin.errors);
  const page = admin.page;
  const a = wall(page);
  await a.panel.locator("#first-run").waitFor({ timeout: 30000 });
  result.firstRun = norm(await a.panel.locator(".first-run-title").textContent());
  await a.shot("journey-1-first-run.png");
  await a.panel.locator("#first-run-people").click();
  await a.panel.locator("#people").waitFor();

  // Barack Obama, from a photo
  await a.panel.locator("#people-new-name").fill("Barack Obama");
  await a.panel.locator("#people-add").click();
  const barack = card(page, "Barack Obama");
  await barack.locator("input.people-file").waitFor({ state: "attached" });
  result.photoNote = await onCard(
    page,
    barack,
    () => barack.locator("input.people-file").setInputFiles(enrolPhoto),
    "embeddings",
  );
  // his PIN, twice on the PIN pad
  await barack.locator("button.people-set-pin").click();
  for (let round = 0; round < 2; round += 1) {
    await a.panel.locator("#people-pinpad").waitFor();
    for (const key of [...pin, "ok"]) await a.panel.locator(`#people-pinpad button[data-key='${key}']`).click();
  }
  result.pinNote = await onCard(page, barack, async () => undefined, "has_pin");
  // his Home Assistant person and calendar
  await onCard(
    page,
    barack,
    () => barack.locator("select.people-ha-person").selectOption({ label: "Barack Obama" }),
    "ha_person",
  );
  result.calendarNote = await onCard(
    page,
    barack,
    () => barack.locator("input.people-calendar[value='calendar.barack']").check(),
    "calendar.barack",
  );
  await a.shot("journey-2-people.png");

  // Alex Lacamoire, from the live view
  await a.panel.locator("#people-new-name").fill("Alex Lacamoire");
  await a.panel.locator("#people-add").click();
  const alex = card(page, "Alex Lacamoire");
  show("alex");
  await alex.locator("button.people-live").click();
  await alex.locator(".people-live-state").waitFor({ timeout: 30000 });
  await a.shot("journey-3-live-enrolment.png");
  await alex.locator(".people-live-state:not([data-state='collecting'])").waitFor({ timeout: 90000 });
  result.live = norm(await alex.locator(".people-live-state").textContent());
  result.summaries = {};
  for (const name of ["Barack Obama", "Alex Lacamoire"]) {
    result.summaries[name] = norm(await card(page, name).locator(".people-summary").textContent());
  }
  result.sheetText = norm(await a.panel.locator("#people").textContent());
  await a.panel.locator("#open-people").click(); // closed
  show("empty");
  await a.waitIdle();

  // -- 2. the kiosk, portrait and landscape ---------------------------------------------
  await page.context().close(); // the admin's window: one painting page at a time for the fps
  const kiosks = {};
  const openKiosk = async (name, width, height) => {
    const opened = await openPanel(browser, base, tokens, 3, {
      viewport: { width, height },
      path: "/smart-mirror?kiosk",
    });
    errors.push(...opened.errors);
    kiosks[name] = { page: opened.page, wall: wall(opened.page), viewport: [width, height] };
    await opened.page.waitForFunction(
      () => {
        const main = document.querySelector("home-assistant")?.shadowRoot?.querySelector("home-assistant-main");
        const bar = main?.shadowRoot?.querySelector("ha-sidebar");
        return !bar || !bar.checkVisibility() || bar.getBoundingClientRect().right <= 0;
      },
      null,
      { timeout: 30000 },
    );
    return kiosks[name];
  };
  const portrait = await openKiosk("portrait", 1080, 1920);
  const count = () => portrait.page.evaluate(() => window.mirrorPanel.stats.painted);
  const first = await count();
  const started = Date.now();
  await portrait.page.waitForTimeout(5000); // the window fps are counted over
  result.fps = Math.round(((await count()) - first) / ((Date.now() - started) / 1000));
  await openKiosk("landscape", 1920, 1080);
  show("barack");
  for (const [name, kiosk] of Object.entries(kiosks)) {
    await kiosk.wall.waitText("greeting", "Barack Obama");
    await kiosk.wall.waitFor("his calendar", () =>
      (window.mirrorPanel.shadowRoot.getElementById("personal")?.textContent ?? "").includes("Rehearsal"),
    );
    await kiosk.page.evaluate(() => window.mirrorPanel.updateComplete);
    result[name] = {
      viewport: kiosk.viewport,
      sidebar: await kiosk.page.evaluate(sidebarHidden),
      dock: await kiosk.page.evaluate(() => localStorage.getItem("dockedSidebar")),
      greeting: await kiosk.wall.byId("greeting"),
      personal: await kiosk.wall.byId("personal"),
    };
    await kiosk.wall.shot(`journey-${name === "portrait" ? 4 : 5}-kiosk-${name}.png`);
  }
  await kiosks.landscape.page.context().close();

  // -- 3. the wrong person, "Not me", the PIN pad ------------------------------------------
  const k = portrait.wall;
  const kp = portrait.page;
  show("empty");
  await k.waitIdle();
  await k.settings({ match_distance: LOOSE });
  await kp.evaluate(async () => {
    window.recognised = [];
    await window.mirrorPanel.hass.connection.subscribeEvents(
      (event) => window.recognised.push({ at: Date.now(), name: event.data.name ?? event.data.person ?? null }),
      "smart_mirror_person_recognized",
    );
  });
  show("stranger");
  await k.waitText("greeting", "Barack Obama");
  result.notMe = { greeted: await k.byId("greeting") };
  await k.shot("journey-6-wrong-person.png");
  // the touch, and what the wall shows before anything comes back from the engine
  Object.assign(
    result.notMe,
    await kp.evaluate(async () => {
      const panel = window.mirrorPanel;
      const before = panel.session;
      panel.shadowRoot.getElementById("not-me").click();
      await panel.updateComplete;
      return {
        goneAtOnce: !panel.shadowRoot.getElementById("greeting") && panel.session === before,
        personalGone: !panel.shadowRoot.getElementById("personal"),
      };
    }),
  );
  await k.waitFor("the engine ending his session", () => window.mirrorPanel.session.state !== "active");
  result.notMe.ended = await kp.evaluate(() => window.mirrorPanel.session.state);
  await k.shot("journey-7-not-me.png");
  // the observation window: the same face stays in view; his session must not come back
  const windowStart = Date.now();
  await kp.evaluate(() => {
    window.watch = { states: [], greetings: 0 };
    window.watcher = setInterval(() => {
      const state = window.mirrorPanel.session.state;
      if (window.watch.states.at(-1) !== state) window.watch.states.push(state);
      if (window.mirrorPanel.shadowRoot.getElementById("greeting")) window.watch.greetings += 1;
    }, 100);
  });
  await kp.waitForTimeout(WINDOW_MS);
  const watched = await kp.evaluate((since) => {
    clearInterval(window.watcher);
    return { ...window.watch, recognised: window.recognised.filter((r) => r.at >= since) };
  }, windowStart);
  result.window = { seconds: Math.round((Date.now() - windowStart) / 1000), ...watched };
  await k.settings({ match_distance: DEFAULT });
  // the admin view counts it
  await portrait.wall.panel.locator("#open-settings").click();
  const counted = portrait.wall.panel.locator("mirror-admin #not-me-count");
  await counted.waitFor({ timeout: 30000 });
  result.notMeCount = norm(await counted.textContent());
  await portrait.wall.panel.locator("#open-settings").click();
  // the real Barack, whom the mirror is unsure of: the PIN pad
  show("empty");
  await k.waitIdle();
  await k.settings({ match_distance: TIGHT });
  show("barack");
  await k.waitText("pinpad", "Barack Obama");
  result.pinPad = norm(await portrait.wall.panel.locator("#pinpad .pin-prompt").textContent());
  await k.shot("journey-8-pin-pad.png");
  for (const key of [...pin, "ok"]) await portrait.wall.panel.locator(`#pinpad button[data-key='${key}']`).click();
  await k.waitText("greeting", "Barack Obama");
  result.loggedIn = await k.byId("greeting");
  await k.shot("journey-9-logged-in.png");
  await k.settings({ match_distance: DEFAULT });

  // -- 4. a household member who speaks Korean --------------------------------------------
  const korean = await openPanel(browser, base, JSON.parse(koreanJson), 3);
  errors.push(...korean.errors);
  const kw = wall(korean.page);
  await kw.waitFor("the clock", () => !!window.mirrorPanel.shadowRoot.querySelector("#public .date"));
  await kw.panel.locator("#open-settings").click();
  await kw.panel.locator("mirror-settings #kiosk").waitFor();
  result.korean = {
    voiceTitle: await kw.panel.locator("#open-voice").getAttribute("title"),
    settingsTitle: norm(
      await korean.page.evaluate(
        () => window.mirrorPanel.shadowRoot.querySelector("mirror-settings").shadowRoot.firstElementChild?.textContent,
      ),
    ),
    date: norm(await kw.panel.locator("#public .date").textContent()),
    people: (await kw.panel.locator("#open-people").count()) > 0,
  };
  await kw.shot("journey-10-korean.png");
  result.errors = errors;
  console.log(JSON.stringify(result));
} finally {
  await browser.close();
}

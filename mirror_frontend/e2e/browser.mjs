// Headless Debian Chromium driven by playwright-core (no browser download).
import { chromium } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

export function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

// Home Assistant's own frontend (2025.4) now and then applies its theme
// before its config has arrived, on page load (`_applyTheme` reads
// `hass.config.recovery_mode` of a null config): not the panel's error.
const haFrontendRace = (text) => text.includes("reading 'recovery_mode'");

function parseFrames(payload) {
  try {
    const data = JSON.parse(String(payload));
    return Array.isArray(data) ? data : [data];
  } catch {
    return []; // binary (video frames)
  }
}

// Home Assistant's panel at `base`, logged in with the owner's tokens as its
// login page stores them; page errors and unhandled rejections are collected.
// `options`: the window's `viewport` (1280 x 720) and the panel's `path`
// ("/smart-mirror"; "/smart-mirror?kiosk" for the kiosk).
export async function openPanel(browser, base, tokens, painted = 3, options = {}) {
  const { viewport = { width: 1280, height: 720 }, path = "/smart-mirror" } = options;
  const context = await browser.newContext({ viewport });
  await context.addInitScript((saved) => localStorage.setItem("hassTokens", JSON.stringify(saved)), tokens);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (err) => {
    if (!haFrontendRace(String(err))) errors.push(String(err));
  });
  page.on("console", (message) => {
    if (message.text().startsWith("unhandled:") && !haFrontendRace(message.text())) errors.push(message.text());
  });
  // a websocket command Home Assistant does not know is named (the page only
  // sees "Unknown command."): which release dropped or lacks it
  page.on("websocket", (ws) => {
    const sent = new Map();
    ws.on("framesent", ({ payload }) => {
      for (const message of parseFrames(payload)) if (message.id) sent.set(message.id, message.type);
    });
    ws.on("framereceived", ({ payload }) => {
      for (const message of parseFrames(payload)) {
        if (message.type === "result" && message.error?.code === "unknown_command") {
          errors.push(`unknown websocket command: ${sent.get(message.id)}`);
        }
      }
    });
  });
  await page.addInitScript(() =>
    window.addEventListener("unhandledrejection", (event) =>
      console.log(`unhandled: ${JSON.stringify(event.reason?.message ?? event.reason)}`),
    ),
  );
  await page.goto(`${base}${path}`);
  await page.waitForFunction((n) => window.mirrorPanel && window.mirrorPanel.stats.painted > n, painted, {
    timeout: 60000,
  });
  return { page, errors };
}

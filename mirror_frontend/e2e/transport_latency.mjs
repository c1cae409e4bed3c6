// Capture-to-paint latency and painted fps of the two ways a browser can show
// the mirror through Home Assistant: the panel's WebSocket frames drawn on a
// canvas, and the camera's MJPEG stream (HA's camera proxy) parsed part by
// part with fetch and drawn the same way. Both carry the engine's capture
// time (frame header / X-Frame-Time), and the engine runs on this machine, so
// one clock measures both.
// usage: node transport_latency.mjs HA_URL TOKENS_JSON SECONDS -> one JSON line
import { launch, openPanel } from "./browser.mjs";

const [base, tokensJson, secondsArg] = process.argv.slice(2);
const tokens = JSON.parse(tokensJson);
const seconds = Number(secondsArg || 10);
const browser = await launch();
try {
  const { page } = await openPanel(browser, base, tokens, 30);

  // WebSocket: the panel's own statistics over the window
  const ws0 = await page.evaluate(() => window.mirrorPanel.stats.painted);
  await page.evaluate(() => (window.mirrorPanel.stats.latencies.length = 0));
  await page.waitForTimeout(seconds * 1000);
  const ws = await page.evaluate(() => ({
    painted: window.mirrorPanel.stats.painted,
    latencies: window.mirrorPanel.stats.latencies.slice(),
  }));

  // MJPEG through the camera proxy, in the same page (the panel's socket closed)
  await page.evaluate(() => window.mirrorPanel.remove());
  const mjpeg = await page.evaluate(
    async ({ token, seconds }) => {
      const canvas = document.createElement("canvas");
      document.body.append(canvas);
      const context = canvas.getContext("2d");
      // the mirror's camera, whatever Home Assistant named it (camera.smart_mirror…)
      const headers = { Authorization: `Bearer ${token}` };
      const states = await (await fetch("/api/states", { headers })).json();
      const camera = states.map((s) => s.entity_id).find((id) => id.startsWith("camera.smart_mirror"));
      if (!camera) throw new Error("no Smart Mirror camera in Home Assistant");
      const response = await fetch(`/api/camera_proxy_stream/${camera}`, { headers });
      if (!response.ok) throw new Error(`${camera}: the camera proxy answered ${response.status}`);
      const reader = response.body.getReader();
      let buffer = new Uint8Array(0);
      const latencies = [];
      let painted = 0;
      const until = performance.now() + seconds * 1000;
      const text = new TextDecoder("latin1");
      while (performance.now() < until) {
        const { value, done } = await reader.read();
        if (done) break;
        const joined = new Uint8Array(buffer.length + value.length);
        joined.set(buffer);
        joined.set(value, buffer.length);
        buffer = joined;
        for (;;) {
          const head = text.decode(buffer.subarray(0, Math.min(buffer.length, 1024)));
          const end = head.indexOf("\r\n\r\n");
          if (end < 0) break;
          const length = Number(/Content-Length:\s*(\d+)/i.exec(head)?.[1]);
          const captured = Number(/X-Frame-Time:\s*([\d.]+)/i.exec(head)?.[1]);
          const start = end + 4;
          if (!length || buffer.length < start + length) break;
          const jpeg = buffer.slice(start, start + length);
          buffer = buffer.slice(start + length);
          const bitmap = await createImageBitmap(new Blob([jpeg], { type: "image/jpeg" }));
          await new Promise((resolve) => requestAnimationFrame(resolve));
          canvas.width = bitmap.width;
          canvas.height = bitmap.height;
          context.drawImage(bitmap, 0, 0);
          bitmap.close();
          painted += 1;
          if (captured) latencies.push(Date.now() / 1000 - captured);
        }
      }
      reader.cancel();
      return { painted, latencies };
    },
    { token: tokens.access_token, seconds },
  );
  const summary = (painted, latencies) => {
    const sorted = latencies.slice().sort((a, b) => a - b);
    const pick = (q) => sorted[Math.min(sorted.length - 1, Math.round(q * (sorted.length - 1)))] * 1000;
    return { fps: painted / seconds, p50_ms: pick(0.5), p99_ms: pick(0.99), n: sorted.length };
  };
  console.log(
    JSON.stringify({
      websocket: summary(ws.painted - ws0, ws.latencies),
      mjpeg: summary(mjpeg.painted, mjpeg.latencies),
    }),
  );
} finally {
  await browser.close();
}

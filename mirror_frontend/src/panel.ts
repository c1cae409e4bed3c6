// <smart-mirror-panel>: the mirror on the wall. The live picture (mirrored),
// face boxes aligned to the frame they were found in, the session (greeting,
// face chooser, PIN pad), and widgets: Public for anyone, Personal and
// Assessment only in a verified person's session.

import { LitElement, css, html, nothing, type PropertyValues } from "lit";
import { keyed } from "lit/directives/keyed.js";
import { FaceTrack, mirrored, parseFrame, type SeenFace } from "./frames";
import { IdleDimmer } from "./idle";
import { PinEntry } from "./pinpad";
import "./widgets";

// The parts of Home Assistant's `hass` object the panel uses.
export interface Hass {
  states: Record<string, { entity_id: string; attributes: { friendly_name?: string } }>;
  callWS<T>(message: Record<string, unknown>): Promise<T>;
  callService(domain: string, service: string, data: Record<string, unknown>): Promise<unknown>;
  connection: {
    subscribeMessage<T>(
      callback: (message: T) => void,
      subscription: Record<string, unknown>,
    ): Promise<() => Promise<void>>;
  };
}

interface SessionState {
  state: string;
  session?: { id: string; person?: { id: number; name: string } | null; present?: boolean } | null;
  faces?: { box: unknown; name?: string | null }[];
  candidate?: { name: string; decision: { person_id: number } } | null;
  suggest_enrolment?: boolean;
}

interface Snapshot {
  value: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  age_s: number | null;
  error: string | null;
}

const IDLE_MS = 120_000;
const ZOOM_STEP = 1.25;
const MAX_ZOOM = 4;
const EMOTIONS = ["happy", "neutral", "surprise", "sad", "angry", "fear", "disgust"];

export class SmartMirrorPanel extends LitElement {
  static properties = {
    hass: { attribute: false },
    panel: { attribute: false },
    narrow: { type: Boolean },
    session: { state: true },
    assessment: { state: true },
    publicInfo: { state: true },
    personal: { state: true },
    zoom: { state: true },
    dimmed: { state: true },
    pinMessage: { state: true },
    pinMasked: { state: true },
    toggles: { state: true },
    sheet: { state: true },
    enrolment: { state: true },
  };

  hass?: Hass;
  panel?: { config?: { entry_id?: string } };
  narrow = false;
  session: SessionState = { state: "idle" };
  assessment: Record<string, any> | null = null; // eslint-disable-line @typescript-eslint/no-explicit-any
  publicInfo: Record<string, Snapshot> = {};
  personal: Record<string, Snapshot> = {};
  zoom = 1;
  dimmed = false;
  pinMessage = "";
  pinMasked = "";
  toggles: Record<string, boolean> = {}; // the engine's features: a widget shows when on
  sheet: "" | "settings" | "calibration" = "";
  // The guest's enrolment wizard: choosing who they are, then the engine's
  // live collection (its "enrolment" events), then done or failed.
  enrolment: { step: "who" | "collecting" | "done" | "failed"; name?: string; collected?: number; needed?: number; hint?: string | null; error?: string | null } | null = null;

  private socket?: WebSocket;
  private connecting = false; // set before the first await: one stream, not two
  private faces = new FaceTrack();
  private pin = new PinEntry();
  private dimmer = new IdleDimmer(IDLE_MS, (dimmed) => (this.dimmed = dimmed));
  private pending?: { seq: number; captured: number; jpeg: Uint8Array };
  private decoding = false;
  private closed = false;
  private unsubscribers: (() => Promise<void>)[] = [];
  private personalFor: string | null = null;
  // Painted-frame statistics for tests and the latency benchmark.
  stats = {
    painted: 0,
    lastSeq: -1,
    latencies: [] as number[],
    width: 0,
    height: 0,
    faceEvents: 0,
    boxes: 0, // boxes drawn, and how many carried a name
    named: 0,
  };

  private get entryId(): string | undefined {
    const named = new URLSearchParams(location.search).get("entry");
    return named ?? this.panel?.config?.entry_id;
  }

  connectedCallback(): void {
    super.connectedCallback();
    this.closed = false;
    this.dimmer.activity();
    (window as unknown as { mirrorPanel: SmartMirrorPanel }).mirrorPanel = this;
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    this.closed = true;
    this.socket?.close();
    this.socket = undefined;
    this.dimmer.stop();
    for (const unsubscribe of this.unsubscribers) void unsubscribe();
    this.unsubscribers = [];
  }

  protected updated(changed: PropertyValues): void {
    if (changed.has("hass") && this.hass && !this.socket && !this.connecting && !this.closed) {
      void this.connect();
    }
    if (changed.has("session")) void this.followSession();
  }

  // -- the stream --------------------------------------------------------------
  private async connect(): Promise<void> {
    const hass = this.hass;
    const entry = this.entryId;
    if (!hass || !entry) return;
    this.connecting = true;
    let url: string;
    try {
      ({ url } = await hass.callWS<{ url: string }>({ type: "smart_mirror/stream", entry_id: entry }));
    } catch {
      this.connecting = false;
      if (!this.closed) setTimeout(() => void this.connect(), 2000); // not loaded yet
      return;
    }
    const socket = new WebSocket(new URL(url, location.href).href.replace(/^http/, "ws"));
    socket.binaryType = "arraybuffer";
    socket.onmessage = (message) => this.receive(message.data);
    socket.onclose = () => {
      if (this.socket === socket) this.socket = undefined;
      this.connecting = false;
      if (!this.closed) setTimeout(() => void this.connect(), 2000); // the engine restarts
    };
    this.socket = socket;
    if (this.unsubscribers.length > 0) return; // reconnected: the subscription lives on
    try {
      const unsubscribe = await hass.connection.subscribeMessage<{ public?: Record<string, Snapshot> }>(
      (message) => {
        if (message.public) this.publicInfo = message.public;
      },
      { type: "smart_mirror/info/subscribe", entry_id: entry },
    );
    this.unsubscribers.push(unsubscribe);
    } catch (err) {
      console.warn("smart mirror: public information unavailable", err);
    }
  }

  private receive(data: ArrayBuffer | string): void {
    if (typeof data !== "string") {
      this.pending = parseFrame(data); // only the newest waits; older ones are dropped
      void this.paint();
      return;
    }
    const event = JSON.parse(data) as { type: string; data: any }; // eslint-disable-line @typescript-eslint/no-explicit-any
    if (event.type === "hello") {
      this.toggles = event.data.toggles ?? {};
    } else if (event.type === "toggles") {
      this.toggles = event.data;
    } else if (event.type === "faces") {
      this.faces.add({ seq: event.data.seq, faces: event.data.faces as SeenFace[] });
      this.stats.faceEvents += 1;
      if (event.data.faces.length > 0) this.dimmer.activity();
    } else if (event.type === "session") {
      this.session = event.data as SessionState;
      if (this.session.state === "active") this.enrolment = null; // enrolled, or someone known
      if (this.session.state !== "active") {
        this.assessment = null;
        if (this.sheet === "calibration") this.sheet = "";
      }
    } else if (event.type === "enrolment" && this.enrolment && this.enrolment.step !== "who") {
      const live = event.data as { state: string; collected: number; needed: number; hint: string | null; error: string | null };
      this.enrolment = {
        ...this.enrolment,
        step: live.state === "done" ? "done" : live.state === "collecting" ? "collecting" : "failed",
        collected: live.collected,
        needed: live.needed,
        hint: live.hint,
        error: live.error,
      };
    } else if (event.type === "assessment") {
      if (this.session.state === "active") this.assessment = event.data.smoothed;
    }
  }

  private async paint(): Promise<void> {
    if (this.decoding || !this.pending) return;
    this.decoding = true;
    try {
      while (this.pending) {
        const frame = this.pending;
        this.pending = undefined;
        const bitmap = await createImageBitmap(new Blob([frame.jpeg as BlobPart], { type: "image/jpeg" }));
        await new Promise((resolve) => requestAnimationFrame(resolve));
        this.draw(bitmap, frame.seq);
        bitmap.close();
        this.stats.painted += 1;
        this.stats.lastSeq = frame.seq;
        this.stats.latencies.push(Date.now() / 1000 - frame.captured);
        if (this.stats.latencies.length > 600) this.stats.latencies.shift();
      }
    } finally {
      this.decoding = false;
    }
  }

  private draw(bitmap: ImageBitmap, seq: number): void {
    const picture = this.renderRoot.querySelector<HTMLCanvasElement>("#picture");
    const overlay = this.renderRoot.querySelector<HTMLCanvasElement>("#overlay");
    if (!picture || !overlay) return;
    for (const canvas of [picture, overlay]) {
      if (canvas.width !== bitmap.width || canvas.height !== bitmap.height) {
        canvas.width = bitmap.width;
        canvas.height = bitmap.height;
      }
    }
    this.stats.width = bitmap.width;
    this.stats.height = bitmap.height;
    picture.getContext("2d")?.drawImage(bitmap, 0, 0); // mirrored by CSS
    const context = overlay.getContext("2d"); // not mirrored: labels stay readable
    if (!context) return;
    context.clearRect(0, 0, overlay.width, overlay.height);
    context.lineWidth = Math.max(2, bitmap.width / 320);
    context.font = `${Math.round(bitmap.width / 40)}px sans-serif`;
    for (const face of this.faces.forFrame(seq)) {
      const box = mirrored(face.box, bitmap.width);
      context.strokeStyle = face.name ? "#7CFC9A" : "rgba(255,255,255,0.7)";
      context.strokeRect(box.left, box.top, box.right - box.left, box.bottom - box.top);
      this.stats.boxes += 1;
      if (face.name) {
        this.stats.named += 1;
        context.fillStyle = "#7CFC9A";
        context.fillText(face.name, box.left, Math.max(box.top - 8, 20));
      }
    }
  }

  // -- the session ---------------------------------------------------------------
  private async followSession(): Promise<void> {
    const owner = this.session.state === "active" ? this.session.session?.id ?? null : null;
    if (owner === this.personalFor) return;
    this.personalFor = owner;
    this.personal = {}; // never show a previous person's data, not for a moment
    if (!owner || !this.hass || !this.entryId) return;
    try {
      const unsubscribe = await this.hass.connection.subscribeMessage<{ personal?: Record<string, Snapshot> }>(
      (message) => {
        if (message.personal && this.personalFor === owner) this.personal = message.personal;
      },
      { type: "smart_mirror/info/subscribe", entry_id: this.entryId, session_id: owner },
    );
    if (this.personalFor === owner) this.unsubscribers.push(unsubscribe);
    else void unsubscribe();
    } catch (err) {
      console.warn("smart mirror: personal information unavailable", err);
    }
  }

  private async choose(index: number): Promise<void> {
    await this.hass?.callWS({ type: "smart_mirror/session/choose", entry_id: this.entryId, face: index });
  }

  private press(key: string): void {
    this.pin.press(key);
    this.pinMasked = this.pin.masked;
    this.pinMessage = "";
    if (key === "ok" && this.pin.ready) void this.login();
  }

  private async login(): Promise<void> {
    const candidate = this.session.candidate;
    if (!candidate || !this.hass) return;
    const pin = this.pin.take();
    this.pinMasked = "";
    try {
      await this.hass.callWS({
        type: "smart_mirror/session/login",
        entry_id: this.entryId,
        person_id: candidate.decision.person_id,
        pin,
      });
    } catch (err) {
      const error = err as { code?: string; message?: string };
      this.pinMessage =
        error.code === "locked"
          ? "Too many wrong PINs. Try again in a few minutes."
          : error.code === "wrong_pin"
            ? "Wrong PIN"
            : (error.message ?? "Login failed");
    }
  }

  private async capture(): Promise<void> {
    await this.hass?.callService("smart_mirror", "capture", { config_entry_id: this.entryId });
  }

  private setZoom(zoom: number): void {
    this.zoom = Math.min(MAX_ZOOM, Math.max(1, zoom));
  }

  // -- rendering ------------------------------------------------------------------
  render() {
    const person = this.session.state === "active" ? this.session.session?.person : null;
    return html`
      <div
        class="mirror ${this.dimmed ? "dimmed" : ""}"
        @pointerdown=${() => this.dimmer.activity()}
      >
        <div class="picture" style="transform: scale(${this.zoom})">
          <canvas id="picture"></canvas>
          <canvas id="overlay"></canvas>
        </div>
        <div class="controls">
          <button title="Zoom in" @click=${() => this.setZoom(this.zoom * ZOOM_STEP)}>
            <ha-icon icon="mdi:magnify-plus-outline"></ha-icon>
          </button>
          <button title="Zoom out" @click=${() => this.setZoom(this.zoom / ZOOM_STEP)}>
            <ha-icon icon="mdi:magnify-minus-outline"></ha-icon>
          </button>
          <button title="Reset" @click=${() => this.setZoom(1)}>
            <ha-icon icon="mdi:fit-to-screen-outline"></ha-icon>
          </button>
          <button title="Capture" @click=${() => void this.capture()}>
            <ha-icon icon="mdi:camera"></ha-icon>
          </button>
        </div>
        ${this.renderSession(person)}
        <div class="sheets">
          ${this.shown("settings")
            ? html`<button id="open-settings" title="Settings" @click=${() => this.open("settings")}>
                <ha-icon icon="mdi:cog-outline"></ha-icon>
              </button>`
            : nothing}
          ${person
            ? html`<button id="open-calibration" title="Expression calibration" @click=${() => this.open("calibration")}>
                <ha-icon icon="mdi:emoticon-happy-outline"></ha-icon>
              </button>`
            : nothing}
        </div>
        <div class="widgets">
          ${this.renderSheet(person)}
          ${this.shown("public") ? this.renderPublic() : nothing}
          ${person && this.shown("personal") && Object.keys(this.personal).length > 0
            ? this.renderPersonal()
            : nothing}
          ${person && this.assessment && this.shown("assessment") ? this.renderAssessment() : nothing}
          ${person && this.shown("evolution") ? this.personalWidget("mirror-evolution") : nothing}
          ${person && this.shown("diary") ? this.personalWidget("mirror-diary") : nothing}
        </div>
      </div>
    `;
  }

  private open(sheet: "settings" | "calibration"): void {
    this.sheet = this.sheet === sheet ? "" : sheet;
  }

  private renderSheet(person: { name: string } | null | undefined) {
    if (this.sheet === "settings") {
      return html`<mirror-settings id="settings" .hass=${this.hass} .entryId=${this.entryId} .toggles=${this.toggles}></mirror-settings>
        <mirror-admin id="admin" .hass=${this.hass} .entryId=${this.entryId}></mirror-admin>`;
    }
    if (this.sheet === "calibration" && person) return this.personalWidget("mirror-calibration");
    return nothing;
  }

  /** A widget of the owner's own data, bound to this session: a new session
   * gets a new element, never the previous person's. */
  private personalWidget(tag: string) {
    const session = this.session.session?.id;
    if (!session) return nothing;
    return keyed(
      `${tag}:${session}`,
      tag === "mirror-evolution"
        ? html`<mirror-evolution id="evolution" .hass=${this.hass} .entryId=${this.entryId} .sessionId=${session}></mirror-evolution>`
        : tag === "mirror-diary"
          ? html`<mirror-diary id="diary" .hass=${this.hass} .entryId=${this.entryId} .sessionId=${session}></mirror-diary>`
          : html`<mirror-calibration id="calibration" .hass=${this.hass} .entryId=${this.entryId} .sessionId=${session}></mirror-calibration>`,
    );
  }

  private shown(widget: string): boolean {
    return this.toggles[widget] !== false;
  }

  private async enrol(entityId: string, name: string): Promise<void> {
    this.enrolment = { step: "collecting", name, collected: 0 };
    try {
      await this.hass?.callService("smart_mirror", "enrol_person", {
        config_entry_id: this.entryId,
        person: name,
        ha_person: entityId,
      });
    } catch (err) {
      this.enrolment = { step: "failed", name, error: (err as { message?: string }).message ?? String(err) };
    }
  }

  private renderEnrolment() {
    const wizard = this.enrolment!;
    if (wizard.step === "who") {
      const people = Object.values(this.hass?.states ?? {}).filter((s) => s.entity_id.startsWith("person."));
      return html`<div class="prompt" id="enrol">
        <div>Who are you?</div>
        ${people.map(
          (p) => html`<button class="person" data-person=${p.entity_id}
            @click=${() => void this.enrol(p.entity_id, p.attributes.friendly_name ?? p.entity_id)}>
            ${p.attributes.friendly_name ?? p.entity_id}
          </button>`,
        )}
        <button @click=${() => (this.enrolment = null)}>Not now</button>
      </div>`;
    }
    const share = wizard.needed ? Math.round(((wizard.collected ?? 0) / wizard.needed) * 100) : 0;
    return html`<div class="prompt" id="enrol">
      ${wizard.step === "collecting"
        ? html`<div>Stand still and look at the mirror, ${wizard.name}</div>
            <div class="progress"><span style="width:${share}%"></span></div>
            <div id="enrol-progress">${wizard.collected ?? 0} / ${wizard.needed ?? "…"}</div>
            ${wizard.hint ? html`<div class="message">${wizard.hint}</div>` : nothing}`
        : wizard.step === "done"
          ? html`<div id="enrol-done">Welcome, ${wizard.name}!</div>`
          : html`<div class="message">${wizard.error ?? "Enrolment failed"}</div>
              <button @click=${() => (this.enrolment = { step: "who" })}>Try again</button>`}
    </div>`;
  }

  private renderSession(person: { name: string } | null | undefined) {
    const state = this.session.state;
    if (person) return html`<div class="greeting" id="greeting">Hello, ${person.name}</div>`;
    if (this.enrolment) return this.renderEnrolment();
    if (state === "needs_choice") {
      return html`<div class="prompt" id="chooser">
        <div>Who are you? Tap your face.</div>
        ${(this.session.faces ?? []).map(
          (face, index) =>
            html`<button class="face" data-face=${index} @click=${() => void this.choose(index)}>
              ${face.name ?? `Face ${index + 1}`}
            </button>`,
        )}
      </div>`;
    }
    if (state === "needs_login" && this.session.candidate) {
      return html`<div class="prompt" id="pinpad">
        <div>${this.session.candidate.name}? Enter your PIN</div>
        <div class="pin">${this.pinMasked || " "}</div>
        <div class="keys">
          ${["1", "2", "3", "4", "5", "6", "7", "8", "9", "back", "0", "ok"].map(
            (key) =>
              html`<button class="key" data-key=${key} @click=${() => this.press(key)}>
                ${key === "back" ? "⌫" : key === "ok" ? "OK" : key}
              </button>`,
          )}
        </div>
        <div class="message" id="pin-message">${this.pinMessage}</div>
      </div>`;
    }
    if (state === "guest") {
      return html`<div class="greeting guest" id="guest">
        Hello!
        ${this.session.suggest_enrolment
          ? html`<button id="enrol-start" @click=${() => (this.enrolment = { step: "who" })}>Enrol me</button>`
          : nothing}
      </div>`;
    }
    return nothing;
  }

  private renderPublic() {
    const clock = this.publicInfo.clock?.value;
    const weather = this.publicInfo.weather?.value;
    const air = this.publicInfo.air_quality?.value;
    return html`<section class="widget" id="public">
      ${clock ? html`<div class="clock">${clock.time}</div><div>${clock.weekday} ${clock.date}</div>` : nothing}
      ${weather
        ? html`<div class="weather">${Math.round(weather.temperature)}${weather.temperature_unit ?? ""} · ${weather.condition}</div>`
        : nothing}
      ${air
        ? html`<div class="air">Air ${air.aqi !== undefined ? `index ${air.aqi}` : air.readings?.map((r: { name: string; value: string; unit?: string }) => `${r.name} ${r.value} ${r.unit ?? ""}`).join(", ")}</div>`
        : nothing}
    </section>`;
  }

  private renderPersonal() {
    const events = (this.personal.calendar?.value ?? []) as { summary: string; start: string }[];
    const mail = this.personal.mail?.value as { unread: number; latest: { subject: string }[] } | undefined;
    return html`<section class="widget" id="personal">
      ${events.slice(0, 3).map(
        (event) => html`<div class="event">${formatStart(event.start)} ${event.summary}</div>`,
      )}
      ${mail
        ? html`<div class="mail">✉ ${mail.unread} unread</div>
            ${mail.latest.slice(0, 3).map((m) => html`<div class="subject">${m.subject}</div>`)}`
        : nothing}
    </section>`;
  }

  private renderAssessment() {
    const a = this.assessment ?? {};
    const emotions = (a.emotions ?? {}) as Record<string, number>;
    return html`<section class="widget" id="assessment">
      <div>Age ${Math.round(a.age)} · ${a.emotion}</div>
      ${EMOTIONS.map(
        (name) => html`<div class="bar">
          <span>${name}</span><span class="fill" style="width:${Math.round((emotions[name] ?? 0) * 100)}%"></span>
        </div>`,
      )}
      <div>Live ${Math.round((a.live ?? 0) * 100)}%</div>
    </section>`;
  }

  static styles = css`
    :host {
      display: block;
      height: 100%;
      background: #000;
      color: #fff;
      font-family: var(--paper-font-body1_-_font-family, sans-serif);
    }
    .mirror {
      position: relative;
      width: 100%;
      height: 100vh;
      overflow: hidden;
      transition: filter 1s;
    }
    .mirror.dimmed {
      filter: brightness(0.15);
    }
    .picture {
      position: absolute;
      inset: 0;
      transform-origin: center;
    }
    canvas {
      position: absolute;
      inset: 0;
      width: 100%;
      height: 100%;
      object-fit: cover;
    }
    #picture {
      transform: scaleX(-1);
    }
    .controls {
      position: absolute;
      top: 16px;
      left: 16px;
      display: flex;
      gap: 12px;
    }
    ha-icon {
      --mdc-icon-size: 36px;
    }
    button {
      min-width: 64px;
      min-height: 64px;
      font-size: 28px;
      border-radius: 16px;
      border: none;
      background: rgba(255, 255, 255, 0.15);
      color: #fff;
    }
    .greeting,
    .prompt {
      position: absolute;
      left: 50%;
      bottom: 8%;
      transform: translateX(-50%);
      font-size: 48px;
      text-align: center;
      background: rgba(0, 0, 0, 0.4);
      padding: 16px 32px;
      border-radius: 24px;
    }
    .progress {
      width: 100%;
      height: 16px;
      background: rgba(255, 255, 255, 0.2);
      border-radius: 8px;
      overflow: hidden;
    }
    .progress span {
      display: block;
      height: 100%;
      background: #7cfc9a;
    }
    .keys {
      display: grid;
      grid-template-columns: repeat(3, 96px);
      gap: 12px;
      justify-content: center;
    }
    .pin {
      font-size: 48px;
      letter-spacing: 12px;
      min-height: 60px;
    }
    .message {
      color: #ff9a9a;
      font-size: 28px;
      min-height: 36px;
    }
    .sheets {
      position: absolute;
      left: 16px;
      bottom: 16px;
      display: flex;
      gap: 12px;
    }
    .widgets {
      position: absolute;
      top: 16px;
      right: 16px;
      width: min(34vw, 480px);
      max-height: calc(100vh - 32px);
      overflow-y: auto;
      display: flex;
      flex-direction: column;
      gap: 16px;
      font-size: 28px;
    }
    .widget {
      background: rgba(0, 0, 0, 0.45);
      border-radius: 20px;
      padding: 16px 20px;
    }
    .clock {
      font-size: 72px;
    }
    .bar {
      display: flex;
      gap: 8px;
      align-items: center;
      font-size: 20px;
    }
    .bar span:first-child {
      width: 96px;
    }
    .fill {
      height: 12px;
      background: #7cfc9a;
      border-radius: 6px;
    }
  `;
}

function formatStart(start: string): string {
  const when = new Date(start);
  return Number.isNaN(when.getTime())
    ? start
    : when.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
}

if (!customElements.get("smart-mirror-panel")) {
  customElements.define("smart-mirror-panel", SmartMirrorPanel);
}

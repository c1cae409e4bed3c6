// <smart-mirror-panel>: the mirror on the wall. The live picture (mirrored),
// face boxes aligned to the frame they were found in, the session (greeting,
// face chooser, PIN pad), and widgets: Public for anyone, Personal and
// Assessment only in a verified person's session. Commands by touch, voice
// and gesture come through the engine's command router: the panel carries out
// its own (focus ring, zoom, calibration sheet), asks "did you mean ...?" for
// unsure ones, shows the gestures seen, and opens Assist from the mic button.

import { LitElement, css, html, nothing, type PropertyValues } from "lit";
import { keyed } from "lit/directives/keyed.js";
import { EMOTIONS } from "./contract";
import {
  type CommandEvent,
  ConfirmCards,
  type ConfirmQuestion,
  type ConfirmResult,
  commandLabel,
  correction,
  gestureInfo,
  modalityText,
  widgetName,
} from "./commands";
import { FocusRing, WIDGET_ORDER } from "./focus";
import { FaceTrack, mirrored, parseFrame, type SeenFace } from "./frames";
import { IdleDimmer } from "./idle";
import { PinEntry } from "./pinpad";
import "./voice";
import "./widgets";

// The parts of Home Assistant's `hass` object the panel uses.
export interface Hass {
  states: Record<string, { entity_id: string; attributes: { friendly_name?: string } }>;
  callWS<T>(message: Record<string, unknown>): Promise<T>;
  callService(domain: string, service: string, data: Record<string, unknown>): Promise<unknown>;
  connection: {
    socket?: WebSocket; // binary messages (Assist's microphone audio) go here
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
const GESTURE_SHOWN_MS = 1500;
const NOTICE_SHOWN_MS = 4000;

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
    now: { state: true },
    answering: { state: true },
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
  sheet: "" | "settings" | "calibration" | "voice" = "";
  // The guest's enrolment wizard: choosing who they are, then the engine's
  // live collection (its "enrolment" events), then done or failed.
  enrolment: { step: "who" | "collecting" | "done" | "failed"; name?: string; collected?: number; needed?: number; hint?: string | null; error?: string | null } | null = null;

  // The command router's side on the wall: the focus ring, the open "did you
  // mean ...?" questions, the last gesture seen, a brief notice.
  ring = new FocusRing();
  cards = new ConfirmCards();
  now = Date.now(); // the clock of the countdowns, ticking while one shows
  answering: number | null = null; // the question whose answer is on its way
  private gesture: { gesture: string; confidence: number; until: number } | null = null;
  private notice: { text: string; until: number } | null = null;
  private ticker?: ReturnType<typeof setInterval>;

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
    commands: 0, // panel-side commands carried out
    confirms: 0, // questions asked
    gestures: 0, // gestures shown
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
    if (this.ticker) clearInterval(this.ticker);
    this.ticker = undefined;
    for (const unsubscribe of this.unsubscribers) void unsubscribe();
    this.unsubscribers = [];
  }

  protected willUpdate(): void {
    // the focused widget left the screen other than by being switched off (the session ended)
    this.ring.settle(this.visibleWidgets(), WIDGET_ORDER.filter((w) => this.toggles[w] === false));
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
    } else if (event.type === "command") {
      const command = event.data as CommandEvent;
      this.dimmer.activity();
      if (command.done_by === "panel") this.carryOut(command);
    } else if (event.type === "confirm") {
      this.dimmer.activity();
      this.cards.ask(event.data as ConfirmQuestion, Date.now());
      this.stats.confirms += 1;
      this.tick();
    } else if (event.type === "confirm_result") {
      if (this.cards.result(event.data as ConfirmResult, Date.now())) this.tick();
    } else if (event.type === "gesture") {
      // shown only: the engine turns gestures into commands, which come as "command"
      this.dimmer.activity();
      const seen = event.data as { gesture: string; confidence: number };
      this.gesture = { ...seen, until: Date.now() + GESTURE_SHOWN_MS };
      this.stats.gestures += 1;
      this.tick();
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

  // -- commands ---------------------------------------------------------------------
  /** A command the engine left to the panel (whatever modality it came by). */
  private carryOut(command: CommandEvent): void {
    this.stats.commands += 1;
    const visible = this.visibleWidgets();
    switch (command.name) {
      case "next_widget":
        this.ring.next(visible);
        break;
      case "previous_widget":
        this.ring.previous(visible);
        break;
      case "toggle_focused":
        void this.toggleFocused();
        break;
      case "zoom": {
        const direction = command.args?.direction;
        this.setZoom(direction === "out" ? this.zoom / ZOOM_STEP : direction === "reset" ? 1 : this.zoom * ZOOM_STEP);
        break;
      }
      case "open_calibration":
        if (this.session.state === "active" && this.session.session?.person) this.sheet = "calibration";
        else this.say("Expression calibration is for someone the mirror knows: look at it first.");
        break;
      default:
        return;
    }
    this.requestUpdate();
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector(".widgets .focused")?.scrollIntoView({ block: "nearest" }),
    );
  }

  /** The focused widget's index among the widgets on screen (-1: none). */
  get focusIndex(): number {
    return this.ring.index(this.visibleWidgets());
  }

  /** Hide the focused widget; show it again when it is the hidden one in focus. */
  private async toggleFocused(): Promise<void> {
    const widget = this.ring.focused;
    if (!widget) {
      this.say("Nothing selected: swipe to a widget first.");
      return;
    }
    const hidden = this.toggles[widget] === false; // it stays in focus either way
    try {
      await this.hass?.callService("smart_mirror", hidden ? "show_widget" : "hide_widget", {
        config_entry_id: this.entryId,
        widget,
      });
    } catch (err) {
      this.say((err as { message?: string }).message ?? String(err));
    }
  }

  /** A touch on a widget focuses it; on a hidden one in focus, shows it again. */
  private touchWidget(event: Event): void {
    for (const target of event.composedPath()) {
      if (target === event.currentTarget) return;
      const widget = (target as HTMLElement).dataset?.widget;
      if (!widget) continue;
      if (widget === this.ring.held(this.visibleWidgets())) void this.toggleFocused();
      else this.ring.focus(widget);
      this.requestUpdate();
      return;
    }
  }

  private async answer(question: ConfirmQuestion, accepted: boolean, alternative?: string): Promise<void> {
    if (!this.hass || this.answering === question.id) return;
    this.answering = question.id;
    try {
      await this.hass.callWS({
        type: "smart_mirror/command/answer",
        entry_id: this.entryId,
        confirmation_id: question.id, // "id" is the websocket message's own
        accepted,
        ...(alternative ? { correction: correction(question, alternative) } : {}),
      });
    } catch (err) {
      const error = err as { code?: string; message?: string };
      this.cards.close(question.id); // answered by a thumbs-up meanwhile, expired, or refused
      this.say(error.code === "not_found" ? "That question had already been answered or expired." : (error.message ?? String(err)));
    } finally {
      this.answering = null;
    }
  }

  private say(text: string): void {
    this.notice = { text, until: Date.now() + NOTICE_SHOWN_MS };
    this.tick();
  }

  /** Keep the clock running while a countdown, an outcome, a gesture or a
   * notice is on screen; stop it after. */
  private tick(): void {
    this.now = Date.now();
    const busy =
      this.cards.busy(this.now) ||
      (this.gesture !== null && this.gesture.until > this.now) ||
      (this.notice !== null && this.notice.until > this.now);
    if (busy && !this.ticker) this.ticker = setInterval(() => this.tick(), 250);
    if (!busy && this.ticker) {
      clearInterval(this.ticker);
      this.ticker = undefined;
    }
  }

  /** The right-hand widgets on screen now, in screen order. */
  private visibleWidgets(): string[] {
    const person = this.session.state === "active" ? this.session.session?.person : null;
    const on: Record<string, boolean> = {
      public: this.shown("public"),
      personal: !!person && this.shown("personal") && Object.keys(this.personal).length > 0,
      assessment: !!person && !!this.assessment && this.shown("assessment"),
      evolution: !!person && this.shown("evolution"),
      diary: !!person && this.shown("diary"),
    };
    return WIDGET_ORDER.filter((w) => on[w]);
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
          <button id="open-voice" class=${this.sheet === "voice" ? "on" : ""} title="Talk to Home Assistant (Assist)" @click=${() => this.open("voice")}>
            <ha-icon icon="mdi:microphone"></ha-icon>
          </button>
        </div>
        <div class="widgets" @pointerdown=${(e: Event) => this.touchWidget(e)}>
          ${this.renderSheet(person)} ${this.renderWidgets()}
        </div>
        ${this.renderConfirm()} ${this.renderIndicators()}
      </div>
    `;
  }

  private renderWidgets() {
    const visible = this.visibleWidgets();
    return WIDGET_ORDER.map((widget) => {
      if (!visible.includes(widget)) {
        return widget === this.ring.held(visible) && this.toggles[widget] === false
          ? html`<section class="widget placeholder focused" id="held" data-widget=${widget}>
              ${capitalised(widgetName(widget))} hidden · toggle again or tap to show
            </section>`
          : nothing;
      }
      const focused = this.ring.focused === widget;
      if (widget === "public") return this.renderPublic(focused);
      if (widget === "personal") return this.renderPersonal(focused);
      if (widget === "assessment") return this.renderAssessment(focused);
      return this.personalWidget(`mirror-${widget}`, focused);
    });
  }

  private renderConfirm() {
    const question = this.cards.current(this.now);
    const outcome = this.cards.shownOutcome(this.now);
    if (!question) return outcome ? html`<div class="confirm" id="confirm-outcome">${outcome}</div>` : nothing;
    const waiting = this.answering === question.id;
    return html`<div class="confirm" id="confirm" data-id=${question.id}>
      <div class="question">Did you mean: <b id="confirm-label">${commandLabel(question.name, question.args)}</b>?</div>
      <div class="how" id="confirm-how">${modalityText(question.modality, question.confidence)}</div>
      <div class="answers">
        <button id="confirm-yes" ?disabled=${waiting} @click=${() => void this.answer(question, true)}>Yes</button>
        <button id="confirm-no" ?disabled=${waiting} @click=${() => void this.answer(question, false)}>No</button>
        ${question.alternatives.map(
          (alternative) => html`<button class="alternative" data-name=${alternative} ?disabled=${waiting}
            @click=${() => void this.answer(question, true, alternative)}>
            ${commandLabel(alternative, correction(question, alternative).args)}
          </button>`,
        )}
      </div>
      <div class="hint">or give a thumbs-up <ha-icon icon="mdi:thumb-up-outline"></ha-icon> · <span id="confirm-countdown">${this.cards.remaining(this.now)}</span> s</div>
    </div>`;
  }

  private renderIndicators() {
    const gesture = this.gesture && this.gesture.until > this.now ? this.gesture : null;
    const notice = this.notice && this.notice.until > this.now ? this.notice : null;
    const seen = gesture ? gestureInfo(gesture.gesture) : null;
    return html`${gesture && seen
      ? html`<div class="gesture" id="gesture" data-gesture=${gesture.gesture}>
          <ha-icon icon=${seen.icon}></ha-icon><span>${seen.label}</span>
        </div>`
      : nothing}
    ${notice ? html`<div class="notice" id="notice">${notice.text}</div>` : nothing}`;
  }

  private open(sheet: "settings" | "calibration" | "voice"): void {
    this.sheet = this.sheet === sheet ? "" : sheet;
  }

  private renderSheet(person: { name: string } | null | undefined) {
    if (this.sheet === "settings") {
      return html`<mirror-settings id="settings" .hass=${this.hass} .entryId=${this.entryId} .toggles=${this.toggles}></mirror-settings>
        <mirror-admin id="admin" .hass=${this.hass} .entryId=${this.entryId}></mirror-admin>`;
    }
    if (this.sheet === "calibration" && person) return this.personalWidget("mirror-calibration");
    if (this.sheet === "voice") return html`<mirror-voice id="voice" .hass=${this.hass}></mirror-voice>`;
    return nothing;
  }

  /** A widget of the owner's own data, bound to this session: a new session
   * gets a new element, never the previous person's. */
  private personalWidget(tag: string, focused = false) {
    const session = this.session.session?.id;
    if (!session) return nothing;
    const ring = focused ? "focused" : "";
    return keyed(
      `${tag}:${session}`,
      tag === "mirror-evolution"
        ? html`<mirror-evolution id="evolution" class=${ring} data-widget="evolution" .hass=${this.hass} .entryId=${this.entryId} .sessionId=${session}></mirror-evolution>`
        : tag === "mirror-diary"
          ? html`<mirror-diary id="diary" class=${ring} data-widget="diary" .hass=${this.hass} .entryId=${this.entryId} .sessionId=${session}></mirror-diary>`
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

  private renderPublic(focused = false) {
    const clock = this.publicInfo.clock?.value;
    const weather = this.publicInfo.weather?.value;
    const air = this.publicInfo.air_quality?.value;
    return html`<section class="widget ${focused ? "focused" : ""}" id="public" data-widget="public">
      ${clock ? html`<div class="clock">${clock.time}</div><div>${clock.weekday} ${clock.date}</div>` : nothing}
      ${weather
        ? html`<div class="weather">${Math.round(weather.temperature)}${weather.temperature_unit ?? ""} · ${weather.condition}</div>`
        : nothing}
      ${air
        ? html`<div class="air">Air ${air.aqi !== undefined ? `index ${air.aqi}` : air.readings?.map((r: { name: string; value: string; unit?: string }) => `${r.name} ${r.value} ${r.unit ?? ""}`).join(", ")}</div>`
        : nothing}
    </section>`;
  }

  private renderPersonal(focused = false) {
    const events = (this.personal.calendar?.value ?? []) as { summary: string; start: string }[];
    const mail = this.personal.mail?.value as { unread: number; latest: { subject: string }[] } | undefined;
    return html`<section class="widget ${focused ? "focused" : ""}" id="personal" data-widget="personal">
      ${events.slice(0, 3).map(
        (event) => html`<div class="event">${formatStart(event.start)} ${event.summary}</div>`,
      )}
      ${mail
        ? html`<div class="mail">✉ ${mail.unread} unread</div>
            ${mail.latest.slice(0, 3).map((m) => html`<div class="subject">${m.subject}</div>`)}`
        : nothing}
    </section>`;
  }

  private renderAssessment(focused = false) {
    const a = this.assessment ?? {};
    const emotions = (a.emotions ?? {}) as Record<string, number>;
    return html`<section class="widget ${focused ? "focused" : ""}" id="assessment" data-widget="assessment">
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
    button.on {
      background: rgba(124, 252, 154, 0.35);
    }
    /* the focus ring: what "next", "previous" and "toggle" act on */
    .widgets .focused {
      outline: 4px solid #7cfc9a;
      outline-offset: -4px;
      box-shadow: 0 0 24px rgba(124, 252, 154, 0.45);
    }
    .placeholder {
      font-size: 20px;
      color: #ccc;
      border: 2px dashed rgba(255, 255, 255, 0.4);
    }
    .confirm {
      position: absolute;
      left: 50%;
      top: 50%;
      transform: translate(-50%, -50%);
      max-width: min(90vw, 760px);
      background: rgba(0, 0, 0, 0.75);
      border: 2px solid rgba(124, 252, 154, 0.6);
      border-radius: 24px;
      padding: 20px 28px;
      font-size: 36px;
      text-align: center;
    }
    .confirm .hint ha-icon {
      --mdc-icon-size: 24px;
    }
    .confirm .how,
    .confirm .hint {
      font-size: 22px;
      color: #ccc;
      margin: 6px 0;
    }
    .confirm .answers {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      justify-content: center;
      margin: 12px 0;
    }
    .confirm .answers button {
      padding: 0 20px;
      font-size: 26px;
    }
    #confirm-yes {
      background: #2e7d32;
    }
    .gesture {
      position: absolute;
      top: 96px;
      left: 16px;
      display: flex;
      gap: 10px;
      align-items: center;
      padding: 8px 16px;
      font-size: 24px;
      background: rgba(0, 0, 0, 0.55);
      border-radius: 16px;
    }
    .notice {
      position: absolute;
      left: 50%;
      bottom: 28%;
      max-width: 60vw;
      text-align: center;
      transform: translateX(-50%);
      padding: 8px 20px;
      font-size: 22px;
      background: rgba(0, 0, 0, 0.65);
      border-radius: 16px;
    }
  `;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
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

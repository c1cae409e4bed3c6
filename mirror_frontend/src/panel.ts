// <smart-mirror-panel>: the mirror on the wall. It keeps the state (the
// engine's stream, the session, the information, the command router's side on
// the wall) and hands it down to its parts: the live picture
// (views/stream-view), the session overlays (session/), the confirmation card
// (cards/), the widgets (widgets/) and the controls (controls/). What a
// person does comes back up as events, and the panel talks to Home Assistant.
// Public widgets are for anyone; Personal and Assessment only in a verified
// person's session. Commands by touch, voice and gesture come through the
// engine's command router: the panel carries out its own (focus ring, zoom,
// calibration sheet), asks "did you mean ...?" for unsure ones, shows the
// gestures seen, and opens Assist from the microphone button. Admins manage
// who the mirror knows in the People sheet (people/); a mirror that knows
// nobody says so (the first-run card). On the wall it is a kiosk (kiosk.ts):
// `?kiosk` or this display's setting hides Home Assistant's sidebar, goes full
// screen on the first touch and keeps the screen awake while someone is in
// front; portrait and landscape screens each get their layout, the picture
// filling the screen or seen whole.

import { LitElement, css, html, nothing, type PropertyValues } from "lit";
import { property, state } from "lit/decorators.js";
import { keyed } from "lit/directives/keyed.js";
import { MirrorConfirmCard } from "./cards/confirm-card";
import { type CommandEvent, ConfirmCards, type ConfirmQuestion, type ConfirmResult, correction } from "./commands";
import { MirrorIndicators } from "./controls/indicators";
import { MirrorPictureControls } from "./controls/picture-controls";
import { MirrorSheetButtons } from "./controls/sheet-buttons";
import { define } from "./controls/define";
import { FocusRing, WIDGET_ORDER } from "./focus";
import { FaceTrack, parseFrame, type SeenFace } from "./frames";
import { IdleDimmer } from "./idle";
import { Kiosk, ScreenWake, kioskInUrl, loadDisplay, saveDisplay } from "./kiosk";
import { layoutStyles } from "./layout";
import { ENGLISH, type Localizer, localize } from "./localize";
import { MirrorFirstRun } from "./people/first-run";
import { MirrorPeople } from "./people/people-sheet";
import { MirrorEnrolment } from "./session/enrolment";
import { MirrorGreeting } from "./session/greeting";
import { MirrorPersonChooser } from "./session/person-chooser";
import { MirrorPinPad } from "./session/pin-pad";
import type {
  Assessment,
  Enrolment,
  Hass,
  HouseholdMember,
  LiveProgress,
  MirrorEvents,
  Person,
  PictureFit,
  SessionState,
  Sheet,
  Snapshot,
  ZoomStep,
} from "./types";
import { MirrorStreamView } from "./views/stream-view";
import "./widgets/admin";
import { MirrorAssessment } from "./widgets/assessment";
import "./widgets/calibration";
import "./widgets/diary";
import "./widgets/evolution";
import { MirrorPersonalInfo } from "./widgets/personal-info";
import { MirrorWidgetPlaceholder } from "./widgets/placeholder";
import { MirrorPublicInfo } from "./widgets/public-info";
import "./widgets/settings";
import "./widgets/voice";

export type { Hass } from "./types";

const IDLE_MS = 120_000;
const ZOOM_STEP = 1.25;
const MAX_ZOOM = 4;
const GESTURE_SHOWN_MS = 1500;
const NOTICE_SHOWN_MS = 4000;
const RECONNECT_MS = 2000;

type Unsubscribe = () => Promise<void>;

export class SmartMirrorPanel extends LitElement {
  @property({ attribute: false }) hass?: Hass;
  @property({ attribute: false }) panel?: { config?: { entry_id?: string } };
  @property({ type: Boolean }) narrow = false;
  @state() session: SessionState = { state: "idle", session: null };
  @state() assessment: Assessment | null = null;
  @state() publicInfo: Record<string, Snapshot> = {};
  @state() personal: Record<string, Snapshot> = {};
  @state() zoom = 1;
  @state() dimmed = false;
  @state() pinMessage = "";
  @state() toggles: Record<string, boolean> = {}; // the engine's features: a widget shows when on
  @state() sheet: Sheet = "";
  @state() enrolment: Enrolment | null = null;
  @state() live: LiveProgress | null = null; // the engine's latest "enrolment" event (the People sheet's live enrolment)
  @state() enrolled: number | null = null; // how many people the mirror knows by face (null: not told yet)
  // A session someone said "not me" to: gone from the wall at once, before the
  // engine's session event says it ended (its id; a household member's panel
  // is not told session ids, so the person's id then)
  @state() dismissed: { session?: string; person?: number } | null = null;
  // This display (kiosk.ts): its own settings, remembered in this browser
  private display = loadDisplay(browserStorage());
  @state() kiosk = kioskInUrl(location.search) || this.display.kiosk;
  @state() fit: PictureFit = this.display.fit;
  @state() ratio = 9 / 16; // the picture's height / width, for the portrait layout
  // the dock event goes up from the panel; once the panel is taken out of the
  // page, from Home Assistant's root element it was in
  private app?: Element;
  private kioskMode: Kiosk = new Kiosk(
    { dispatchEvent: (event: Event): boolean => (this.isConnected ? this : (this.app ?? this)).dispatchEvent(event) },
    browserStorage(),
  );
  private wake = new ScreenWake();

  // The command router's side on the wall: the focus ring, the open "did you
  // mean ...?" questions, the last gesture seen, a brief notice.
  ring = new FocusRing();
  cards = new ConfirmCards();
  @state() now = Date.now(); // the clock of the countdowns, ticking while one shows
  @state() answering: number | null = null; // the question whose answer is on its way
  private gesture: { gesture: string; confidence: number; until: number } | null = null;
  private notice: { text: string; until: number } | null = null;
  private ticker?: ReturnType<typeof setInterval>;

  private i18n: Localizer = ENGLISH; // the user's language
  private socket?: WebSocket;
  private connecting = false; // set before the first await: one stream, not two
  private closed = false;
  private faces = new FaceTrack();
  private dimmer = new IdleDimmer(IDLE_MS, (dimmed) => (this.dimmed = dimmed));
  // The two information subscriptions, each on its own: the public one for
  // the panel's life, the personal one for one session at a time.
  private publicOff?: Unsubscribe;
  private publicSubscribing = false;
  private publicRetryAt = 0; // after a failure, asked again (on a change of hass) from then on
  private personalOff?: Unsubscribe;
  private personalFor: string | null = null; // the session whose information shows
  private personalGeneration = 0; // bumped at each change of session
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
    if (this.hass) this.kioskMode.set(this.kiosk, this.hass.dockedSidebar); // attached again
    (window as unknown as { mirrorPanel: SmartMirrorPanel }).mirrorPanel = this;
    this.app = outermost(this);
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    this.closed = true;
    this.socket?.close();
    this.socket = undefined;
    this.dimmer.stop();
    if (this.ticker) clearInterval(this.ticker);
    this.ticker = undefined;
    unsubscribe(this.publicOff);
    this.publicOff = undefined;
    this.dropPersonal();
    this.personalFor = null; // attached again, the session's information is asked for again
    void this.wake.want(false);
    // a kiosk by the URL alone: leaving the mirror gives Home Assistant its sidebar back
    if (!this.display.kiosk) this.kioskMode.set(false, this.hass?.dockedSidebar);
  }

  protected willUpdate(changed: PropertyValues): void {
    if (changed.has("hass")) this.i18n = localize(this.hass);
    // the focused widget left the screen other than by being switched off (the session ended)
    this.ring.settle(
      this.visibleWidgets(),
      WIDGET_ORDER.filter((w) => this.toggles[w] === false),
    );
  }

  protected updated(changed: PropertyValues): void {
    if (changed.has("hass") && this.hass && !this.closed) {
      if (!this.socket && !this.connecting) void this.connect();
      void this.subscribePublic();
    }
    if (changed.has("session") || changed.has("hass") || changed.has("dismissed")) void this.followSession();
    if ((changed.has("kiosk") || changed.has("hass")) && this.hass && !this.closed) {
      this.kioskMode.set(this.kiosk, this.hass.dockedSidebar);
    }
    if (changed.has("kiosk") || changed.has("session")) {
      void this.wake.want(this.kiosk && !this.closed && this.session.state !== "idle"); // someone in front
    }
  }

  /** This display's settings changed (Settings): kiosk mode, the picture's fit. */
  private displayChange(change: MirrorEvents["display-change"]): void {
    if (change.kiosk !== undefined) this.kiosk = change.kiosk;
    if (change.fit !== undefined) this.fit = change.fit;
    this.display = { kiosk: change.kiosk ?? this.display.kiosk, fit: this.fit };
    saveDisplay(browserStorage(), this.display);
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
      if (!this.closed) setTimeout(() => void this.connect(), RECONNECT_MS); // not loaded yet
      return;
    }
    if (this.closed) {
      this.connecting = false;
      return;
    }
    const socket = new WebSocket(new URL(url, location.href).href.replace(/^http/, "ws"));
    socket.binaryType = "arraybuffer";
    socket.onmessage = (message) => this.receive(message.data);
    socket.onclose = () => {
      if (this.socket === socket) this.socket = undefined;
      this.connecting = false;
      if (!this.closed) setTimeout(() => void this.connect(), RECONNECT_MS); // the engine restarts
    };
    this.socket = socket;
  }

  /** The public information, subscribed once (again only if it failed). */
  private async subscribePublic(): Promise<void> {
    const hass = this.hass;
    const entry = this.entryId;
    if (!hass || !entry || this.publicOff || this.publicSubscribing || Date.now() < this.publicRetryAt) return;
    this.publicSubscribing = true;
    try {
      const off = await hass.connection.subscribeMessage<{ public?: Record<string, Snapshot> }>(
        (message) => {
          if (message.public) this.publicInfo = message.public;
        },
        { type: "smart_mirror/info/subscribe", entry_id: entry },
      );
      if (this.closed) unsubscribe(off);
      else this.publicOff = off;
    } catch (err) {
      this.publicRetryAt = Date.now() + RECONNECT_MS;
      console.warn("smart mirror: public information unavailable", err);
    } finally {
      this.publicSubscribing = false;
    }
  }

  private receive(data: ArrayBuffer | string): void {
    if (typeof data !== "string") {
      const view = this.renderRoot.querySelector<MirrorStreamView>("mirror-stream-view");
      if (view) view.frame = parseFrame(data); // only the newest waits; older ones are dropped
      return;
    }
    const event = JSON.parse(data) as { type: string; data: any }; // eslint-disable-line @typescript-eslint/no-explicit-any -- each event's own shape
    if (event.type === "hello") {
      this.toggles = event.data.toggles ?? {};
      const persons = event.data.identity?.persons;
      this.enrolled = typeof persons === "number" ? persons : null; // null: recognition is off
      // the session as it stands: someone greeted before this panel connected shows at once
      const session = (event.data as { session?: SessionState | null }).session;
      if (session) this.takeSession(session);
    } else if (event.type === "persons") {
      const persons = (event.data.persons ?? []) as { embeddings?: number }[];
      this.enrolled = persons.filter((p) => (p.embeddings ?? 0) > 0).length;
    } else if (event.type === "toggles") {
      this.toggles = event.data;
    } else if (event.type === "faces") {
      this.faces.add({ seq: event.data.seq, faces: event.data.faces as SeenFace[] });
      this.stats.faceEvents += 1;
      if (event.data.faces.length > 0) this.dimmer.activity();
    } else if (event.type === "session") {
      this.takeSession(event.data as SessionState);
    } else if (event.type === "enrolment") {
      if (typeof event.data.person_id === "number") this.live = event.data as LiveProgress;
      if (!this.enrolment || this.enrolment.step === "who") return;
      const live = event.data as LiveProgress;
      this.enrolment = {
        ...this.enrolment,
        step: live.state === "done" ? "done" : live.state === "collecting" ? "collecting" : "failed",
        collected: live.collected,
        needed: live.needed,
        hint: live.hint,
        error: live.error,
      };
    } else if (event.type === "assessment") {
      if (this.person) this.assessment = event.data.smoothed;
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

  /** The session as the engine tells it (a session event, or the hello's). */
  private takeSession(session: SessionState): void {
    this.session = session;
    if (this.dismissed && !this.isDismissed()) this.dismissed = null; // ended, or someone else's now
    if (session.state === "active") this.enrolment = null; // enrolled, or someone known
    if (session.state !== "needs_login") this.pinMessage = "";
    if (session.state !== "active") {
      this.assessment = null;
      if (this.sheet === "calibration") this.sheet = "";
    }
  }

  /** A touch anywhere on the mirror: it wakes the screen, and a kiosk goes full screen. */
  private touched(): void {
    this.dimmer.activity();
    this.kioskMode.touched();
  }

  private painted(event: CustomEvent<MirrorEvents["frame-painted"]>): void {
    const { seq, captured, width, height, boxes, named } = event.detail;
    const stats = this.stats;
    stats.width = width;
    stats.height = height;
    if (width > 0 && Math.abs(height / width - this.ratio) > 0.001) this.ratio = height / width;
    stats.boxes += boxes;
    stats.named += named;
    stats.painted += 1;
    stats.lastSeq = seq;
    stats.latencies.push(Date.now() / 1000 - captured);
    if (stats.latencies.length > 600) stats.latencies.shift();
  }

  // -- the session ---------------------------------------------------------------
  /** The personal information of the session on screen: the previous
   * session's subscription ends, and its data goes at once. */
  private async followSession(): Promise<void> {
    const owner = this.person ? (this.session.session?.id ?? null) : null;
    const hass = this.hass;
    const entry = this.entryId;
    if (owner === this.personalFor || !hass || this.closed) return;
    this.personalFor = owner;
    this.personal = {}; // never show a previous person's data, not for a moment
    this.dropPersonal();
    const generation = ++this.personalGeneration;
    if (!owner || !entry) return;
    const current = () => generation === this.personalGeneration && !this.closed;
    try {
      const off = await hass.connection.subscribeMessage<{ personal?: Record<string, Snapshot> }>(
        (message) => {
          if (message.personal && current()) this.personal = message.personal;
        },
        { type: "smart_mirror/info/subscribe", entry_id: entry, session_id: owner },
      );
      if (current()) this.personalOff = off;
      else unsubscribe(off); // the session changed while it was asked for
    } catch (err) {
      console.warn("smart mirror: personal information unavailable", err);
    }
  }

  private dropPersonal(): void {
    this.personalGeneration += 1;
    unsubscribe(this.personalOff);
    this.personalOff = undefined;
  }

  private async choose(index: number): Promise<void> {
    try {
      await this.hass?.callWS({ type: "smart_mirror/session/choose", entry_id: this.entryId, face: index });
    } catch (err) {
      this.say(this.i18n.error(err));
    }
  }

  private async login(pin: string): Promise<void> {
    const candidate = this.session.candidate?.decision?.person_id;
    if (typeof candidate !== "number" || !this.hass) return;
    try {
      await this.hass.callWS({
        type: "smart_mirror/session/login",
        entry_id: this.entryId,
        person_id: candidate,
        pin,
      });
    } catch (err) {
      this.pinMessage = this.i18n.error(err, this.i18n.t("session.login_failed"));
    }
  }

  /** The mirror greeted the wrong person: the greeting and everything of that
   * person leave the wall at once, and the engine is told (the touch command
   * not_me, through its command router) to end the session and learn. */
  private async notMe(): Promise<void> {
    const session = this.session.session;
    if (!this.person || !session) return;
    const dismissed = { session: session.id, person: session.person?.id };
    this.dismissed = dismissed;
    this.assessment = null;
    this.personal = {};
    if (this.sheet === "calibration") this.sheet = "";
    try {
      await this.hass?.callWS({ type: "smart_mirror/command", entry_id: this.entryId, name: "not_me", args: {} });
    } catch (err) {
      // the session had ended already: nothing to bring back; otherwise it is still open
      if ((err as { code?: string }).code !== "no_session" && this.dismissed === dismissed) this.dismissed = null;
      this.say(this.i18n.error(err));
    }
  }

  /** The session on screen is the one "not me" was said to. */
  private isDismissed(): boolean {
    const dismissed = this.dismissed;
    const session = this.session.session;
    if (!dismissed || this.session.state !== "active" || !session) return false;
    if (dismissed.session !== undefined && session.id !== undefined) return dismissed.session === session.id;
    return dismissed.person !== undefined && dismissed.person === session.person?.id;
  }

  private async capture(): Promise<void> {
    try {
      await this.hass?.callService("smart_mirror", "capture", { config_entry_id: this.entryId });
    } catch (err) {
      this.say(this.i18n.error(err));
    }
  }

  private setZoom(zoom: number): void {
    this.zoom = Math.min(MAX_ZOOM, Math.max(1, zoom));
  }

  private zoomBy(step: ZoomStep | undefined): void {
    this.setZoom(step === "out" ? this.zoom / ZOOM_STEP : step === "reset" ? 1 : this.zoom * ZOOM_STEP);
  }

  private async enrol(member: HouseholdMember): Promise<void> {
    this.enrolment = { step: "collecting", name: member.name, collected: 0 };
    try {
      await this.hass?.callService("smart_mirror", "enrol_person", {
        config_entry_id: this.entryId,
        person: member.name,
        ha_person: member.entityId,
      });
    } catch (err) {
      this.enrolment = { step: "failed", name: member.name, error: this.i18n.error(err) };
    }
  }

  /** The household's Home Assistant people, whom a guest may enrol as. */
  private household(): HouseholdMember[] {
    return Object.values(this.hass?.states ?? {})
      .filter((s) => s.entity_id.startsWith("person."))
      .map((s) => ({ entityId: s.entity_id, name: s.attributes.friendly_name ?? s.entity_id }));
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
      case "zoom":
        this.zoomBy(command.args?.direction as ZoomStep | undefined);
        break;
      case "open_calibration":
        if (this.session.state === "active" && this.session.session?.person) this.sheet = "calibration";
        else this.say(this.i18n.t("notice.calibration_needs_person"));
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
      this.say(this.i18n.t("notice.nothing_focused"));
      return;
    }
    const hidden = this.toggles[widget] === false; // it stays in focus either way
    try {
      await this.hass?.callService("smart_mirror", hidden ? "show_widget" : "hide_widget", {
        config_entry_id: this.entryId,
        widget,
      });
    } catch (err) {
      this.say(this.i18n.error(err));
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

  private async answer({ id, accepted, alternative }: MirrorEvents["confirm-answer"]): Promise<void> {
    const question = this.cards.current(Date.now());
    if (!this.hass || !question || question.id !== id || this.answering === id) return;
    this.answering = id;
    try {
      await this.hass.callWS({
        type: "smart_mirror/command/answer",
        entry_id: this.entryId,
        confirmation_id: id, // "id" is the websocket message's own
        accepted,
        ...(alternative ? { correction: correction(question, alternative) } : {}),
      });
    } catch (err) {
      const error = err as { code?: string };
      this.cards.close(id); // answered by a thumbs-up meanwhile, expired, or refused
      this.say(error.code === "not_found" ? this.i18n.t("confirm.expired") : this.i18n.error(err));
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

  private open(sheet: Exclude<Sheet, "">): void {
    this.sheet = this.sheet === sheet ? "" : sheet;
  }

  /** The Home Assistant user is an admin: the People sheet is theirs. */
  private get admin(): boolean {
    return !!this.hass?.user?.is_admin;
  }

  private shown(widget: string): boolean {
    return this.toggles[widget] !== false;
  }

  /** The verified person whose session it is, or null (also once "not me" was said). */
  private get person(): Person | null {
    if (this.session.state !== "active" || this.isDismissed()) return null;
    return this.session.session?.person ?? null;
  }

  /** The right-hand widgets on screen now, in screen order. */
  private visibleWidgets(): string[] {
    const person = this.person;
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
    const person = this.person;
    const t = this.i18n;
    const question = this.cards.current(this.now);
    const gesture = this.gesture && this.gesture.until > this.now ? this.gesture.gesture : null;
    const notice = this.notice && this.notice.until > this.now ? this.notice.text : null;
    return html`
      <div
        class="mirror ${this.dimmed ? "dimmed" : ""} ${this.kiosk ? "kiosk" : ""} fit-${this.fit}"
        style="--picture-ratio: ${this.ratio}"
        @pointerdown=${() => this.touched()}
      >
        <mirror-stream-view
          .i18n=${t}
          .zoom=${this.zoom}
          .fit=${this.fit}
          .faces=${this.faces}
          @frame-painted=${(e: CustomEvent<MirrorEvents["frame-painted"]>) => this.painted(e)}
        ></mirror-stream-view>
        <mirror-picture-controls
          .i18n=${t}
          @zoom=${(e: CustomEvent<MirrorEvents["zoom"]>) => this.zoomBy(e.detail.step)}
          @capture=${() => void this.capture()}
        ></mirror-picture-controls>
        ${this.renderSession(person)} ${this.renderFirstRun()}
        <mirror-sheet-buttons
          .i18n=${t}
          .settings=${this.shown("settings")}
          .people=${this.admin}
          .calibration=${!!person}
          .open=${this.sheet}
          @open-sheet=${(e: CustomEvent<MirrorEvents["open-sheet"]>) => this.open(e.detail.sheet)}
        ></mirror-sheet-buttons>
        <div class="widgets" @pointerdown=${(e: Event) => this.touchWidget(e)}>
          ${this.renderSheet(person)} ${this.renderWidgets()}
        </div>
        ${this.renderPeople()}
        <mirror-confirm-card
          .i18n=${t}
          .question=${question}
          .outcome=${this.cards.shownOutcome(this.now, t)}
          .remaining=${this.cards.remaining(this.now)}
          .answering=${question !== null && this.answering === question.id}
          @confirm-answer=${(e: CustomEvent<MirrorEvents["confirm-answer"]>) => void this.answer(e.detail)}
        ></mirror-confirm-card>
        <mirror-indicators .i18n=${t} .gesture=${gesture} .notice=${notice}></mirror-indicators>
      </div>
    `;
  }

  private renderSession(person: Person | null) {
    const t = this.i18n;
    const state = this.session.state;
    if (person) {
      return html`<mirror-greeting
        .i18n=${t}
        .person=${person.name}
        @not-me=${() => void this.notMe()}
      ></mirror-greeting>`;
    }
    if (this.enrolment) {
      return html`<mirror-enrolment
        .i18n=${t}
        .enrolment=${this.enrolment}
        .people=${this.household()}
        @enrol-person=${(e: CustomEvent<HouseholdMember>) => void this.enrol(e.detail)}
        @enrol-cancel=${() => (this.enrolment = null)}
        @enrol-retry=${() => (this.enrolment = { step: "who" })}
      ></mirror-enrolment>`;
    }
    if (state === "needs_choice") {
      return html`<mirror-person-chooser
        .i18n=${t}
        .faces=${this.session.faces ?? []}
        @choose-face=${(e: CustomEvent<MirrorEvents["choose-face"]>) => void this.choose(e.detail.index)}
      ></mirror-person-chooser>`;
    }
    if (state === "needs_login" && this.session.candidate) {
      return html`<mirror-pin-pad
        .i18n=${t}
        .name=${this.session.candidate.name ?? null}
        .message=${this.pinMessage}
        @pin-input=${() => (this.pinMessage = "")}
        @pin-submit=${(e: CustomEvent<MirrorEvents["pin-submit"]>) => void this.login(e.detail.pin)}
      ></mirror-pin-pad>`;
    }
    if (state === "guest") {
      return html`<mirror-greeting
        .i18n=${t}
        .person=${null}
        .suggestEnrolment=${!!this.session.suggest_enrolment}
        @enrol-start=${() => (this.enrolment = { step: "who" })}
      ></mirror-greeting>`;
    }
    return nothing;
  }

  /** A mirror that knows nobody: the way to the People sheet (an admin), or
   * "ask an admin". Not over the sheet itself, nor over a guest's enrolment. */
  private renderFirstRun() {
    if (this.enrolled !== 0 || this.sheet === "people" || this.enrolment) return nothing;
    return html`<mirror-first-run
      .i18n=${this.i18n}
      .admin=${this.admin}
      @open-sheet=${(e: CustomEvent<MirrorEvents["open-sheet"]>) => this.open(e.detail.sheet)}
    ></mirror-first-run>`;
  }

  private renderPeople() {
    if (this.sheet !== "people" || !this.admin) return nothing;
    return html`<mirror-people
      .i18n=${this.i18n}
      .hass=${this.hass}
      .entryId=${this.entryId}
      .live=${this.live}
      @open-sheet=${(e: CustomEvent<MirrorEvents["open-sheet"]>) => this.open(e.detail.sheet)}
    ></mirror-people>`;
  }

  private renderSheet(person: Person | null) {
    const t = this.i18n;
    if (this.sheet === "settings") {
      return html`<mirror-settings
          id="settings"
          .i18n=${t}
          .hass=${this.hass}
          .entryId=${this.entryId}
          .toggles=${this.toggles}
          .kiosk=${this.kiosk}
          .fit=${this.fit}
          @display-change=${(e: CustomEvent<MirrorEvents["display-change"]>) => this.displayChange(e.detail)}
        ></mirror-settings>
        <mirror-admin id="admin" .i18n=${t} .hass=${this.hass} .entryId=${this.entryId}></mirror-admin>`;
    }
    if (this.sheet === "calibration" && person) return this.personalWidget("mirror-calibration");
    if (this.sheet === "voice") return html`<mirror-voice id="voice" .i18n=${t} .hass=${this.hass}></mirror-voice>`;
    return nothing;
  }

  private renderWidgets() {
    const t = this.i18n;
    const visible = this.visibleWidgets();
    return WIDGET_ORDER.map((widget) => {
      if (!visible.includes(widget)) {
        return widget === this.ring.held(visible) && this.toggles[widget] === false
          ? html`<mirror-widget-placeholder .i18n=${t} .widget=${widget}></mirror-widget-placeholder>`
          : nothing;
      }
      const focused = this.ring.focused === widget;
      if (widget === "public") {
        return html`<mirror-public-info .i18n=${t} .info=${this.publicInfo} .focused=${focused}></mirror-public-info>`;
      }
      if (widget === "personal") {
        return html`<mirror-personal-info
          .i18n=${t}
          .info=${this.personal}
          .focused=${focused}
        ></mirror-personal-info>`;
      }
      if (widget === "assessment") {
        return html`<mirror-assessment
          .i18n=${t}
          .assessment=${this.assessment ?? {}}
          .focused=${focused}
        ></mirror-assessment>`;
      }
      return this.personalWidget(`mirror-${widget}`, focused);
    });
  }

  /** A widget of the owner's own data, bound to this session: a new session
   * gets a new element, never the previous person's. */
  private personalWidget(tag: string, focused = false) {
    const session = this.session.session?.id;
    if (!session) return nothing;
    const t = this.i18n;
    const ring = focused ? "focused" : "";
    return keyed(
      `${tag}:${session}`,
      tag === "mirror-evolution"
        ? html`<mirror-evolution
            id="evolution"
            class=${ring}
            data-widget="evolution"
            .i18n=${t}
            .hass=${this.hass}
            .entryId=${this.entryId}
            .sessionId=${session}
          ></mirror-evolution>`
        : tag === "mirror-diary"
          ? html`<mirror-diary
              id="diary"
              class=${ring}
              data-widget="diary"
              .i18n=${t}
              .hass=${this.hass}
              .entryId=${this.entryId}
              .sessionId=${session}
            ></mirror-diary>`
          : html`<mirror-calibration
              id="calibration"
              .i18n=${t}
              .hass=${this.hass}
              .entryId=${this.entryId}
              .sessionId=${session}
            ></mirror-calibration>`,
    );
  }

  static styles = [
    css`
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
      /* the right-hand widgets (their place and size: layout.ts) */
      .widgets {
        position: absolute;
        overflow-y: auto;
        display: flex;
        flex-direction: column;
        gap: 16px;
      }
      /* the focus ring: what "next", "previous" and "toggle" act on */
      .widgets .focused {
        outline: 4px solid #7cfc9a;
        outline-offset: -4px;
        box-shadow: 0 0 24px rgba(124, 252, 154, 0.45);
      }
    `,
    // the parts render into this shadow root (controls/light-element.ts)
    ...[
      MirrorStreamView,
      MirrorPictureControls,
      MirrorSheetButtons,
      MirrorIndicators,
      MirrorGreeting,
      MirrorPersonChooser,
      MirrorPinPad,
      MirrorEnrolment,
      MirrorConfirmCard,
      MirrorPublicInfo,
      MirrorPersonalInfo,
      MirrorAssessment,
      MirrorWidgetPlaceholder,
      MirrorFirstRun,
      MirrorPeople,
    ].map((part) => part.partStyles),
    layoutStyles, // landscape and portrait, after the parts' own
  ];
}

/** The element below the document's body that `node` is in, across shadow
 * roots: Home Assistant's <home-assistant>. */
function outermost(node: Node): Element | undefined {
  let found: Element | undefined;
  for (let at: Node | null = node; at; at = at instanceof ShadowRoot ? at.host : at.parentNode) {
    if (at === document.body || at === document.documentElement || at === document) break;
    if (at instanceof Element) found = at;
  }
  return found;
}

/** This browser's localStorage, or none (a browser that refuses it). */
function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** Ends a subscription; a connection already closed has ended it. */
function unsubscribe(off: Unsubscribe | undefined): void {
  void off?.().catch(() => undefined);
}

define("smart-mirror-panel", SmartMirrorPanel);

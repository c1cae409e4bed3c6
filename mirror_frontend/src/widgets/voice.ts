// <mirror-voice>: the Assist sheet the wall's microphone button opens. It
// talks to Home Assistant's own Assist pipeline over the panel's websocket
// (`assist_pipeline/run`): typed text starts at the intent stage; with a
// speech-to-text engine in the preferred pipeline, holding the talk button
// streams the microphone (16 kHz mono 16-bit PCM) from the stt stage. The
// sheet shows what was heard and the spoken answer, and plays the answer's
// audio when the pipeline has a text-to-speech engine. What the sentence does
// (e.g. "show the weather") is Home Assistant's and the engine's business: the
// resulting command comes back to the panel as a `command` event.

import { LitElement, css, html, nothing, type PropertyValues } from "lit";
import { property, state } from "lit/decorators.js";
import {
  ASSIST_FAILED,
  type AssistPipeline,
  type AssistState,
  IDLE,
  PcmBuffer,
  type PipelineEvent,
  SAMPLE_RATE,
  abilities,
  assistReducer,
  audioMessage,
  preferred,
  startRun,
  toPcm16,
} from "../assist";
import { define } from "../controls/define";
import { ENGLISH, type Localizer } from "../localize";
import type { Hass } from "../types";

const HOLD_MS = 600; // held longer than this: push to talk; shorter: a tap

// Hands the microphone's samples to the page, one render quantum at a time.
const RECORDER = `
class MirrorRecorder extends AudioWorkletProcessor {
  process(inputs) {
    const channel = inputs[0] && inputs[0][0];
    if (channel && channel.length) this.port.postMessage(channel.slice());
    return true;
  }
}
registerProcessor("mirror-recorder", MirrorRecorder);
`;

interface Microphone {
  stream: MediaStream;
  context: AudioContext;
  node: AudioWorkletNode;
}

export class MirrorVoice extends LitElement {
  @property({ attribute: false }) hass?: Hass;
  @property({ attribute: false }) i18n: Localizer = ENGLISH;
  @state() pipeline: AssistPipeline | null | undefined = undefined; // undefined: not asked yet
  @state() assist: AssistState = IDLE;
  @state() note = "";
  @state() text = "";

  private unsubscribe?: () => Promise<void>;
  private microphone?: Microphone;
  private buffer = new PcmBuffer();
  private early: Int16Array[] = []; // audio before the run named its handler
  private ended = false; // the talk button was released
  private ending = false; // the end of the audio is still to be sent
  private opening = false; // asking for the microphone
  private stopTap = false;
  private pressedAt = 0;
  private audio?: HTMLAudioElement;
  private loading = false;

  connectedCallback(): void {
    super.connectedCallback();
    (window as unknown as { mirrorVoice: MirrorVoice }).mirrorVoice = this;
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    void this.stopMicrophone(false);
    void this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.audio?.pause();
  }

  protected updated(changed: PropertyValues): void {
    if (changed.has("hass") && this.hass && this.pipeline === undefined && !this.loading) void this.loadPipeline();
  }

  private async loadPipeline(): Promise<void> {
    this.loading = true;
    try {
      const list = await this.hass!.callWS<{ pipelines: AssistPipeline[]; preferred_pipeline: string | null }>({
        type: "assist_pipeline/pipeline/list",
      });
      this.pipeline = preferred(list);
      if (!this.pipeline) this.note = this.i18n.t("voice.no_pipeline");
      else if (!abilities(this.pipeline).stt) this.note = this.i18n.t("voice.no_stt");
    } catch (err) {
      this.pipeline = null;
      this.note = this.i18n.t("voice.unavailable", { error: this.i18n.error(err) });
    } finally {
      this.loading = false;
    }
  }

  private get can() {
    return abilities(this.pipeline);
  }

  // -- a run ---------------------------------------------------------------------
  private async run(message: Record<string, unknown>, typed: string | null): Promise<boolean> {
    if (!this.hass) return false;
    await this.unsubscribe?.().catch(() => undefined);
    this.unsubscribe = undefined;
    this.audio?.pause();
    this.assist = startRun(this.assist, typed);
    try {
      this.unsubscribe = await this.hass.connection.subscribeMessage<PipelineEvent>((event) => this.receive(event), {
        type: "assist_pipeline/run",
        end_stage: this.can.tts ? "tts" : "intent",
        ...(this.pipeline ? { pipeline: this.pipeline.id } : {}),
        ...(this.assist.conversationId ? { conversation_id: this.assist.conversationId } : {}),
        ...message,
      });
      return true;
    } catch (err) {
      this.assist = assistReducer(this.assist, {
        type: "error",
        data: { message: (err as { message?: string }).message ?? String(err) },
      });
      return false;
    }
  }

  private receive(event: PipelineEvent): void {
    this.assist = assistReducer(this.assist, event);
    if (event.type === "run-start") this.flushAudio();
    if (event.type === "stt-vad-end" || event.type === "stt-end" || event.type === "error") {
      void this.stopMicrophone(false); // the pipeline heard the end of the sentence
    }
    if (event.type === "tts-end" && this.assist.ttsUrl) {
      this.audio = new Audio(this.assist.ttsUrl);
      this.audio.play().catch((err) => console.warn("smart mirror: the answer's audio did not play", err));
    }
    if (event.type === "run-end" || event.type === "error") {
      const done = this.unsubscribe;
      this.unsubscribe = undefined;
      void done?.().catch(() => undefined);
    }
  }

  private async send(): Promise<void> {
    const text = this.text.trim();
    if (!text) return;
    this.text = "";
    await this.run({ start_stage: "intent", input: { text } }, text);
  }

  // -- the microphone ------------------------------------------------------------
  // Push to talk: hold the button while speaking, release to send. A quick
  // tap listens hands-free until the pipeline hears the sentence end (or a
  // second tap).
  private press(): void {
    if (this.microphone || this.opening) {
      this.stopTap = true;
      this.release();
      return;
    }
    this.stopTap = false;
    this.pressedAt = Date.now();
    void this.talk();
  }

  private lift(): void {
    if (this.stopTap) return;
    if (Date.now() - this.pressedAt >= HOLD_MS) this.release();
  }

  private async talk(): Promise<void> {
    if (!this.can.stt) {
      this.note = this.i18n.t("voice.no_stt");
      this.renderRoot.querySelector<HTMLInputElement>("#text")?.focus();
      return;
    }
    this.ended = false;
    this.ending = false;
    this.early = [];
    this.buffer.take();
    this.opening = true;
    try {
      this.microphone = await this.openMicrophone();
    } catch (err) {
      this.note = this.i18n.t("voice.no_microphone", { error: this.i18n.error(err) });
      return;
    } finally {
      this.opening = false;
    }
    if (this.ended) {
      await this.stopMicrophone(false); // let go before the microphone opened
      return;
    }
    this.note = "";
    const sampleRate = this.microphone.context.sampleRate;
    const started = await this.run({ start_stage: "stt", input: { sample_rate: sampleRate } }, null);
    if (!started) await this.stopMicrophone(false);
  }

  private async openMicrophone(): Promise<Microphone> {
    const stream = await navigator.mediaDevices.getUserMedia({
      audio: { channelCount: 1, echoCancellation: true, noiseSuppression: true, autoGainControl: true },
    });
    let context: AudioContext;
    let source: MediaStreamAudioSourceNode;
    try {
      context = new AudioContext({ sampleRate: SAMPLE_RATE });
      source = context.createMediaStreamSource(stream);
    } catch {
      // a browser that cannot resample the microphone: its own rate (Home Assistant resamples)
      context = new AudioContext();
      source = context.createMediaStreamSource(stream);
    }
    const url = URL.createObjectURL(new Blob([RECORDER], { type: "text/javascript" }));
    try {
      await context.audioWorklet.addModule(url);
    } finally {
      URL.revokeObjectURL(url);
    }
    const node = new AudioWorkletNode(context, "mirror-recorder");
    node.port.onmessage = (message) => this.samples(message.data as Float32Array);
    source.connect(node);
    return { stream, context, node };
  }

  private samples(samples: Float32Array): void {
    const chunk = this.buffer.push(toPcm16(samples));
    if (!chunk) return;
    this.early.push(chunk);
    this.flushAudio();
  }

  /** Audio waiting for the run's handler id goes out once it is known, then
   * the end of the audio when the talk button was released. */
  private flushAudio(): void {
    const handler = this.assist.handlerId;
    const socket = this.hass?.connection.socket;
    if (handler === null || !socket || socket.readyState !== WebSocket.OPEN) return;
    for (const chunk of this.early) socket.send(audioMessage(handler, chunk));
    this.early = [];
    if (this.ending) {
      this.ending = false;
      socket.send(audioMessage(handler)); // an empty chunk: that was all
    }
  }

  /** The talk button let go (or tapped again): the rest of the audio, then its end. */
  private release(): void {
    this.ended = true;
    if (this.microphone) void this.stopMicrophone(true);
  }

  private async stopMicrophone(endAudio: boolean): Promise<void> {
    const microphone = this.microphone;
    this.microphone = undefined;
    if (!microphone) return;
    microphone.node.port.onmessage = null;
    for (const track of microphone.stream.getTracks()) track.stop();
    const rest = this.buffer.take();
    if (rest.length > 0) this.early.push(rest);
    this.ending = endAudio && this.assist.running;
    this.flushAudio();
    this.requestUpdate();
    await microphone.context.close().catch(() => undefined);
  }

  // -- rendering -----------------------------------------------------------------
  render() {
    const t = this.i18n;
    const a = this.assist;
    const listening = !!this.microphone;
    const error = a.error === ASSIST_FAILED ? t.t("voice.failed") : a.error;
    return html`<div class="title">
        ${t.t("voice.title")}${this.pipeline ? html` · <span class="pipeline">${this.pipeline.name}</span>` : nothing}
      </div>
      <form
        @submit=${(e: Event) => {
          e.preventDefault();
          void this.send();
        }}
      >
        <input
          id="text"
          type="text"
          autocomplete="off"
          placeholder=${t.t("voice.placeholder")}
          .value=${this.text}
          @input=${(e: Event) => (this.text = (e.target as HTMLInputElement).value)}
        />
        <button id="send" type="submit" title=${t.t("voice.send")}>➤</button>
        <button
          id="talk"
          type="button"
          class=${listening ? "listening" : this.can.stt ? "" : "off"}
          title=${this.can.stt ? t.t("voice.hold_to_talk") : t.t("voice.no_stt")}
          @pointerdown=${() => this.press()}
          @pointerup=${() => this.lift()}
          @pointercancel=${() => this.lift()}
        >
          <ha-icon icon=${this.can.stt ? "mdi:microphone" : "mdi:microphone-off"}></ha-icon>
        </button>
      </form>
      ${this.note ? html`<div class="note" id="voice-note">${this.note}</div>` : nothing}
      ${listening ? html`<div class="status" id="listening">${t.t("voice.listening")}</div>` : nothing}
      ${a.running && !listening ? html`<div class="status">…</div>` : nothing}
      ${a.heard ? html`<div class="heard" id="heard">“${a.heard}”</div>` : nothing}
      ${a.speech ? html`<div class="speech" id="speech">${a.speech}</div>` : nothing}
      ${error ? html`<div class="error" id="voice-error">${error}</div>` : nothing}`;
  }

  static styles = css`
    :host {
      display: block;
      background: rgba(0, 0, 0, 0.6);
      border-radius: 20px;
      padding: 16px 20px;
      color: #fff;
      font-size: 24px;
    }
    form {
      display: flex;
      gap: 8px;
      align-items: center;
      margin: 8px 0;
    }
    input {
      flex: 1;
      min-width: 0;
      min-height: 52px;
      font-size: 22px;
      border-radius: 14px;
      border: none;
      padding: 0 12px;
      background: rgba(255, 255, 255, 0.9);
      color: #000;
    }
    button {
      min-width: 56px;
      min-height: 56px;
      font-size: 22px;
      border-radius: 14px;
      border: none;
      background: rgba(255, 255, 255, 0.15);
      color: #fff;
      touch-action: none;
    }
    button.listening {
      background: #c62828;
    }
    button.off {
      opacity: 0.5;
    }
    .pipeline,
    .status,
    .note {
      font-size: 18px;
      color: #ccc;
    }
    .heard {
      font-style: italic;
      color: #ddd;
    }
    .speech {
      font-size: 28px;
      margin-top: 6px;
    }
    .error {
      color: #ff9a9a;
      font-size: 18px;
    }
  `;
}

define("mirror-voice", MirrorVoice);

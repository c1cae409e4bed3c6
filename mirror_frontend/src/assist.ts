// Home Assistant's Assist pipeline as the voice sheet follows it: the events
// of one `assist_pipeline/run` folded into what the sheet shows (what was
// heard, the spoken answer, its audio, an error), and the microphone's audio
// as the pipeline takes it (16 kHz mono 16-bit PCM, each binary websocket
// message prefixed with the run's handler id). No DOM here: vitest tests it.

export interface PipelineEvent {
  type: string;
  data?: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  timestamp?: string;
}

export interface AssistPipeline {
  id: string;
  name: string;
  language: string;
  stt_engine: string | null;
  tts_engine: string | null;
  conversation_engine: string;
}

export interface AssistState {
  running: boolean;
  listening: boolean; // the pipeline takes audio now (stt stage)
  stage: string; // the last event's type
  handlerId: number | null; // where the microphone's audio goes
  heard: string | null; // typed, or what speech-to-text understood
  speech: string | null; // the spoken answer
  ttsUrl: string | null; // its audio, when the pipeline speaks
  error: string | null;
  conversationId: string | null; // the next question continues this conversation
}

export const IDLE: AssistState = {
  running: false,
  listening: false,
  stage: "",
  handlerId: null,
  heard: null,
  speech: null,
  ttsUrl: null,
  error: null,
  conversationId: null,
};

/** The error of a run that failed without a message or code (the sheet
 * says it in the user's words). */
export const ASSIST_FAILED = "assist_failed";

/** A new run: the conversation carries on, the rest starts afresh. */
export function startRun(state: AssistState, typed: string | null = null): AssistState {
  return { ...IDLE, running: true, stage: "starting", heard: typed, conversationId: state.conversationId };
}

/** One pipeline event folded into the state. */
export function assistReducer(state: AssistState, event: PipelineEvent): AssistState {
  const data = event.data ?? {};
  switch (event.type) {
    case "run-start":
      return {
        ...state,
        running: true,
        stage: event.type,
        handlerId: data.runner_data?.stt_binary_handler_id ?? null,
        conversationId: data.conversation_id ?? state.conversationId,
      };
    case "stt-start":
      return { ...state, stage: event.type, listening: true };
    case "stt-vad-end":
      return { ...state, stage: event.type, listening: false };
    case "stt-end":
      return { ...state, stage: event.type, listening: false, heard: data.stt_output?.text ?? state.heard };
    case "intent-end": {
      const output = data.intent_output ?? {};
      return {
        ...state,
        stage: event.type,
        speech: output.response?.speech?.plain?.speech ?? state.speech,
        conversationId: output.conversation_id ?? state.conversationId,
      };
    }
    case "tts-end":
      return { ...state, stage: event.type, ttsUrl: data.tts_output?.url ?? null };
    case "run-end":
      return { ...state, stage: event.type, running: false, listening: false, handlerId: null };
    case "error":
      return {
        ...state,
        stage: event.type,
        running: false,
        listening: false,
        handlerId: null,
        error: data.message ?? data.code ?? ASSIST_FAILED,
      };
    default:
      return { ...state, stage: event.type };
  }
}

/** What the sheet can do with a pipeline: speech in, speech out. */
export function abilities(pipeline: AssistPipeline | null | undefined): { stt: boolean; tts: boolean } {
  return { stt: !!pipeline?.stt_engine, tts: !!pipeline?.tts_engine };
}

/** The preferred pipeline of `assist_pipeline/pipeline/list`'s answer. */
export function preferred(list: {
  pipelines: AssistPipeline[];
  preferred_pipeline: string | null;
}): AssistPipeline | null {
  return list.pipelines.find((p) => p.id === list.preferred_pipeline) ?? list.pipelines[0] ?? null;
}

export const SAMPLE_RATE = 16000;

/** Float samples (-1..1) as 16-bit signed PCM. */
export function toPcm16(samples: Float32Array): Int16Array {
  const pcm = new Int16Array(samples.length);
  for (let i = 0; i < samples.length; i += 1) {
    const s = Math.max(-1, Math.min(1, samples[i]));
    pcm[i] = s < 0 ? Math.round(s * 0x8000) : Math.round(s * 0x7fff);
  }
  return pcm;
}

/** One binary websocket message: the handler id, then little-endian PCM. An
 * empty chunk (just the id) ends the audio. */
export function audioMessage(handlerId: number, pcm: Int16Array = new Int16Array(0)): Uint8Array {
  const message = new Uint8Array(1 + pcm.length * 2);
  message[0] = handlerId;
  const view = new DataView(message.buffer);
  for (let i = 0; i < pcm.length; i += 1) view.setInt16(1 + i * 2, pcm[i], true);
  return message;
}

/** Collects PCM until a chunk is worth a message (~100 ms at 16 kHz). */
export class PcmBuffer {
  private parts: Int16Array[] = [];
  private length = 0;

  constructor(private readonly chunk = 1600) {}

  push(pcm: Int16Array): Int16Array | null {
    this.parts.push(pcm);
    this.length += pcm.length;
    return this.length >= this.chunk ? this.take() : null;
  }

  /** Everything collected so far (empty when nothing). */
  take(): Int16Array {
    const joined = new Int16Array(this.length);
    let at = 0;
    for (const part of this.parts) {
      joined.set(part, at);
      at += part.length;
    }
    this.parts = [];
    this.length = 0;
    return joined;
  }
}

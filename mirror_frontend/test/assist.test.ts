import { describe, expect, it } from "vitest";
import {
  IDLE,
  PcmBuffer,
  type PipelineEvent,
  abilities,
  assistReducer,
  audioMessage,
  preferred,
  startRun,
  toPcm16,
} from "../src/assist";

const fold = (events: PipelineEvent[], state = startRun(IDLE)) => events.reduce(assistReducer, state);

describe("the Assist pipeline's events", () => {
  it("run-start names the binary handler for the microphone's audio", () => {
    const state = fold([
      {
        type: "run-start",
        data: {
          pipeline: "p",
          language: "en",
          conversation_id: "c1",
          runner_data: { stt_binary_handler_id: 3, timeout: 300 },
        },
      },
    ]);
    expect(state.handlerId).toBe(3);
    expect(state.running).toBe(true);
    expect(state.conversationId).toBe("c1");
    expect(fold([{ type: "run-start", data: { runner_data: { stt_binary_handler_id: null } } }]).handlerId).toBeNull();
  });

  it("stt-end tells what was heard, intent-end the spoken answer, tts-end its audio", () => {
    const state = fold([
      { type: "run-start", data: { runner_data: { stt_binary_handler_id: 1 } } },
      { type: "stt-start", data: {} },
      { type: "stt-vad-start", data: {} },
      { type: "stt-end", data: { stt_output: { text: "show the weather" } } },
      { type: "intent-start", data: {} },
      {
        type: "intent-end",
        data: {
          processed_locally: true,
          intent_output: {
            conversation_id: "c2",
            response: { speech: { plain: { speech: "Showing the weather", extra_data: null } } },
          },
        },
      },
      { type: "tts-end", data: { tts_output: { url: "/api/tts_proxy/abc.mp3", mime_type: "audio/mpeg" } } },
      { type: "run-end", data: null },
    ]);
    expect(state.heard).toBe("show the weather");
    expect(state.speech).toBe("Showing the weather");
    expect(state.ttsUrl).toBe("/api/tts_proxy/abc.mp3");
    expect(state.conversationId).toBe("c2");
    expect(state.running).toBe(false);
    expect(state.handlerId).toBeNull();
    expect(state.error).toBeNull();
  });

  it("listens from stt-start until the sentence ends", () => {
    const listening = fold([{ type: "stt-start", data: {} }]);
    expect(listening.listening).toBe(true);
    expect(assistReducer(listening, { type: "stt-vad-end", data: {} }).listening).toBe(false);
  });

  it("error ends the run with its message", () => {
    const state = fold([
      { type: "run-start", data: { runner_data: { stt_binary_handler_id: 2 } } },
      { type: "error", data: { code: "stt-no-text-recognized", message: "No text recognized" } },
    ]);
    expect(state.error).toBe("No text recognized");
    expect(state.running).toBe(false);
    expect(state.handlerId).toBeNull();
    expect(fold([{ type: "error", data: { code: "timeout" } }]).error).toBe("timeout");
  });

  it("a typed question is what was heard; a new run keeps the conversation only", () => {
    const before = { ...IDLE, speech: "old", error: "old", conversationId: "c9" };
    const run = startRun(before, "what time is it");
    expect(run).toMatchObject({
      heard: "what time is it",
      speech: null,
      error: null,
      conversationId: "c9",
      running: true,
    });
  });
});

describe("pipelines", () => {
  const pipelines = [
    {
      id: "a",
      name: "A",
      language: "en",
      stt_engine: null,
      tts_engine: null,
      conversation_engine: "conversation.home_assistant",
    },
    {
      id: "b",
      name: "B",
      language: "en",
      stt_engine: "stt.whisper",
      tts_engine: "tts.piper",
      conversation_engine: "conversation.home_assistant",
    },
  ];

  it("the preferred one, and what it can do", () => {
    expect(preferred({ pipelines, preferred_pipeline: "b" })?.id).toBe("b");
    expect(preferred({ pipelines, preferred_pipeline: null })?.id).toBe("a");
    expect(preferred({ pipelines: [], preferred_pipeline: null })).toBeNull();
    expect(abilities(pipelines[0])).toEqual({ stt: false, tts: false });
    expect(abilities(pipelines[1])).toEqual({ stt: true, tts: true });
    expect(abilities(null)).toEqual({ stt: false, tts: false });
  });
});

describe("the microphone's audio", () => {
  it("16-bit PCM from float samples, clipped", () => {
    expect(Array.from(toPcm16(new Float32Array([0, 1, -1, 0.5, 2, -2])))).toEqual([
      0, 32767, -32768, 16384, 32767, -32768,
    ]);
  });

  it("each message is the handler id, then little-endian samples; an empty one ends the audio", () => {
    const message = audioMessage(5, new Int16Array([1, -2, 256]));
    expect(Array.from(message)).toEqual([5, 1, 0, 0xfe, 0xff, 0, 1]);
    expect(Array.from(audioMessage(5))).toEqual([5]);
  });

  it("collects render quanta into ~100 ms chunks", () => {
    const buffer = new PcmBuffer(300);
    expect(buffer.push(new Int16Array(128))).toBeNull();
    expect(buffer.push(new Int16Array(128))).toBeNull();
    const chunk = buffer.push(new Int16Array(128).fill(7));
    expect(chunk?.length).toBe(384);
    expect(chunk?.[383]).toBe(7);
    expect(buffer.take().length).toBe(0);
  });
});

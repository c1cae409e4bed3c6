// The engine's stream as the panel receives it through Home Assistant: binary
// messages are frames ("SMF1", u64 sequence, f64 capture time, JPEG), text
// messages are JSON events. Face boxes come as events about a frame (its seq);
// FaceTrack hands the painter the boxes that belong to the frame it paints.

export const FRAME_MAGIC = "SMF1";
export const HEADER_BYTES = 4 + 8 + 8;

export interface FrameHeader {
  seq: number;
  captured: number; // seconds since the epoch, the engine's clock
  jpeg: Uint8Array;
}

export function parseFrame(data: ArrayBuffer): FrameHeader {
  if (data.byteLength < HEADER_BYTES) {
    throw new Error(`frame too short: ${data.byteLength} bytes`);
  }
  const view = new DataView(data);
  const magic = String.fromCharCode(view.getUint8(0), view.getUint8(1), view.getUint8(2), view.getUint8(3));
  if (magic !== FRAME_MAGIC) {
    throw new Error(`not a mirror frame (magic ${JSON.stringify(magic)})`);
  }
  // Little-endian, as the engine packs it ("<4sQd").
  const seq = Number(view.getBigUint64(4, true));
  const captured = view.getFloat64(12, true);
  return { seq, captured, jpeg: new Uint8Array(data, HEADER_BYTES) };
}

export interface Box {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface SeenFace {
  box: Box;
  name: string | null; // set only for a confident match
  verdict: string | null;
}

export interface FacesEvent {
  seq: number;
  faces: SeenFace[];
}

/** Face boxes by the frame they were found in. Detection runs behind the
 * frame loop, so a painted frame takes the newest boxes found in it or in an
 * earlier frame, and boxes older than `staleAfter` frames are not drawn. */
export class FaceTrack {
  private events: FacesEvent[] = [];

  constructor(
    private readonly keep = 30,
    private readonly staleAfter = 15,
  ) {}

  add(event: FacesEvent): void {
    this.events.push(event);
    this.events.sort((a, b) => a.seq - b.seq);
    if (this.events.length > this.keep) {
      this.events.splice(0, this.events.length - this.keep);
    }
  }

  forFrame(seq: number): SeenFace[] {
    for (let i = this.events.length - 1; i >= 0; i -= 1) {
      const event = this.events[i];
      if (event.seq <= seq) {
        return seq - event.seq <= this.staleAfter ? event.faces : [];
      }
    }
    return [];
  }
}

/** A box in the mirrored picture: x flips, y does not. */
export function mirrored(box: Box, width: number): Box {
  return { top: box.top, bottom: box.bottom, left: width - box.right, right: width - box.left };
}

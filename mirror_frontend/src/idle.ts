// Dims the wall screen after a while with nobody in front of it (to protect
// it), and wakes it at once when someone is seen or touches it.

export class IdleDimmer {
  private timer: ReturnType<typeof setTimeout> | undefined;
  dimmed = false;

  constructor(
    private readonly after_ms: number,
    private readonly onChange: (dimmed: boolean) => void,
  ) {}

  activity(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    if (this.dimmed) {
      this.dimmed = false;
      this.onChange(false);
    }
    this.timer = setTimeout(() => {
      this.dimmed = true;
      this.onChange(true);
    }, this.after_ms);
  }

  stop(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}

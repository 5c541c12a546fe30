// Signing clock: the injected `now` plus an offset learnt from the server when it answers
// RequestTimeTooSkewed, so that a machine with a wrong clock can still sign valid requests.

export class SigningClock {
  private offsetMs = 0;

  constructor(private readonly source: () => Date = () => new Date()) {}

  now(): Date {
    return new Date(this.source().getTime() + this.offsetMs);
  }

  get offset(): number {
    return this.offsetMs;
  }

  /** Learn the offset from an HTTP `Date` header. False when the header is missing or unparsable. */
  correctFrom(serverDate: string | undefined): boolean {
    if (!serverDate) return false;
    const server = Date.parse(serverDate);
    if (Number.isNaN(server)) return false;
    this.offsetMs = server - this.source().getTime();
    return true;
  }
}

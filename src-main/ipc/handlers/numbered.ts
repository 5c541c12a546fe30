// The progress events of one operation, numbered 0, 1, 2… in the order main sends them: the
// renderer keeps the newest only, since the browser host may deliver events out of order (and
// after the call's answer). objects.searchProgress numbers its own (search.ts).
export function numbered<P>(send: (payload: P, seq: number) => void): (payload: P) => void {
  let seq = 0;
  return (payload) => send(payload, seq++);
}

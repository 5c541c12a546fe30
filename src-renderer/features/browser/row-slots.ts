// Stable slots for the drawn rows of the virtual grid, used as React keys. Keyed by the row's own
// key, a jump (End in a big folder, a page arriving under the cursor, a seek) unmounted every
// drawn row and mounted new ones: the browser then built, styled and laid out ~300 new elements a
// page (hold-end-1m trace: 20–25 ms of style and layout tree rebuild per page on a slow machine).
// With slots, a row keeps its element while it stays drawn, and rows coming into view take the
// elements that left, in the order those were drawn: a jump updates every element in place (no
// element created, none moved), a scroll by k rows moves only the k elements that wrap around.

export interface SlotState {
  /** Row key → slot of the rows drawn last time. */
  slots: ReadonlyMap<string, number>;
  /** Those slots in the order they were drawn. */
  order: readonly number[];
  /** The next never-used slot. */
  next: number;
}

export const NO_SLOTS: SlotState = { slots: new Map(), order: [], next: 0 };

/** The slot of each key in `keys` (the rows to draw now, in drawing order), given the last state. */
export function assignSlots(previous: SlotState, keys: readonly string[]): SlotState {
  const slots = new Map<string, number>();
  const kept = new Set<number>();
  for (const key of keys) {
    const slot = previous.slots.get(key);
    if (slot !== undefined && !slots.has(key)) {
      slots.set(key, slot);
      kept.add(slot);
    }
  }
  const freed = previous.order.filter((slot) => !kept.has(slot));
  let reuse = 0;
  let next = previous.next;
  const order: number[] = [];
  for (const key of keys) {
    let slot = slots.get(key);
    if (slot === undefined) {
      slot = reuse < freed.length ? (freed[reuse++] as number) : next++;
      slots.set(key, slot);
    }
    order.push(slot);
  }
  return { slots, order, next };
}

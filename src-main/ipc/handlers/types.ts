// What feature handler groups are built from: a slice of the channel table, and the one way
// handlers talk back to the renderer (router events).
import type { Channel, EventName, EventPayload } from '../contract';
import type { Handlers } from '../router';

export type HandlerGroup<C extends Channel> = Pick<Handlers, C>;
export type Emit = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

// "The storage server cannot be reached" is one state of the whole window, derived from the
// query cache: some query on screen failed with a network error. Every area keeps its last data.
import { type Query, type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';
import { errorCodeOf } from '../../api';
import { type ErrorCode } from '../../contract';

const CONNECTION_CODES = new Set<ErrorCode>(['NETWORK', 'TIMEOUT']);

/** A failure that says nothing about the request itself: the server (or the network) is away. */
export function isConnectionError(error: unknown): boolean {
  return CONNECTION_CODES.has(errorCodeOf(error));
}

function lostConnection(query: Query): boolean {
  return query.state.status === 'error' && query.getObserversCount() > 0 && isConnectionError(query.state.error);
}

/** Active queries that failed for lack of a connection: what a retry refetches. */
export function failedForConnection(client: QueryClient): Query[] {
  return client.getQueryCache().findAll({ predicate: lostConnection });
}

export function useConnectionLost(): boolean {
  const client = useQueryClient();
  const subscribe = useCallback((onChange: () => void) => client.getQueryCache().subscribe(onChange), [client]);
  return useSyncExternalStore(subscribe, () => failedForConnection(client).length > 0);
}

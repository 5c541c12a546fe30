// Which folder listings one operation changed: the parent folder of every selected or written
// item. An `objects.changed` event covers its folder and everything below it, so folders under
// another announced folder are dropped: one write, one refetch per listing.
import { parentPrefix } from '../ipc/handlers/changed-prefixes';

export function affectedFolders(keys: Iterable<string>): string[] {
  const parents = [...new Set([...keys].map(parentPrefix))].sort();
  return parents.filter((p) => !parents.some((other) => other !== p && p.startsWith(other)));
}

// Reveal and Retarget… from a link report (Check links…, Find links to this): the link is shown
// in its folder (and bucket), selected, then the Retarget dialog opens there.
import { baseName } from '../../components/format';
import { parentPrefix } from '../../state/nav-slice';
import { useUiStore } from '../../state/ui-store';

export function revealLink(bucket: string, key: string): void {
  useUiStore.getState().openLocation(bucket, parentPrefix(key), key);
}

export function retargetLink(bucket: string, link: { key: string; target?: string; targetBucket?: string }): void {
  revealLink(bucket, link.key);
  useUiStore.getState().openDialog({ kind: 'link', seed: { mode: 'retarget', name: baseName(link.key), target: link.target ?? '', targetBucket: link.targetBucket } });
}

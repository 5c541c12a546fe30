// Drag rows onto a folder, breadcrumb segment or bucket to link them there. A private MIME
// type keeps these drags apart from files dropped in from the OS (the transfers feature).
import { type DragEvent, useState } from 'react';
import { useTranslation } from '../../translation';
import { type BucketDto } from '../../contract';
import { baseName } from '../../components/format';
import { type DragLinkItem } from '../../state/dialog-slice';
import { useUiStore } from '../../state/ui-store';

export const DRAG_MIME = 'application/x-symbucket-objects';

export type DragPayload = { profileId: string; bucket: string; keys: string[] };

export function writeDragPayload(e: DragEvent, payload: DragPayload): void {
  e.dataTransfer.setData(DRAG_MIME, JSON.stringify(payload));
  e.dataTransfer.effectAllowed = 'link';
}

export function readDragPayload(e: DragEvent): DragPayload | null {
  try {
    const parsed: unknown = JSON.parse(e.dataTransfer.getData(DRAG_MIME));
    if (!parsed || typeof parsed !== 'object') return null;
    const { profileId, bucket, keys } = parsed as Record<string, unknown>;
    if (typeof profileId !== 'string' || typeof bucket !== 'string' || !Array.isArray(keys)) return null;
    return { profileId, bucket, keys: keys.filter((k): k is string => typeof k === 'string') };
  } catch {
    return null;
  }
}

const isOurDrag = (e: DragEvent): boolean => [...e.dataTransfer.types].includes(DRAG_MIME);

/** One link per dragged object, named like its source, in the drop folder. Folders cannot be link targets. */
export function linkItemsFor(payload: DragPayload, destBucket: string, destPrefix: string): DragLinkItem[] {
  return payload.keys
    .filter((key) => !key.endsWith('/'))
    .map((key) => ({ key: destPrefix + baseName(key), target: key, ...(payload.bucket !== destBucket ? { targetBucket: payload.bucket } : {}) }));
}

export type CrossBucketProblem = 'ossCrossBucket' | 'bosCrossRegion' | 'unknownBucket';

/**
 * Why links in `dest` may not point into `source`, or null when they may. Same-bucket links are
 * always fine; OSS links never leave their bucket; BOS links may point only into another BOS
 * bucket of the same region (the rule the Create link dialog's bucket list applies too).
 */
export function crossBucketProblem(sourceName: string, destName: string, buckets: readonly BucketDto[] | undefined): CrossBucketProblem | null {
  if (sourceName === destName) return null;
  const source = buckets?.find((b) => b.name === sourceName);
  const dest = buckets?.find((b) => b.name === destName);
  if (!source || !dest) return 'unknownBucket';
  if (dest.provider !== 'bos') return 'ossCrossBucket';
  return source.provider === 'bos' && source.region === dest.region ? null : 'bosCrossRegion';
}

/** Props for a drop target; only our own drags are accepted (OS file drops fall through). */
export function useLinkDropTarget(profileId: string | null, destBucket: string, destPrefix: string) {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);
  const accept = (e: DragEvent) => {
    if (!isOurDrag(e) || !profileId) return;
    e.preventDefault();
    e.stopPropagation();
    e.dataTransfer.dropEffect = 'link';
    setOver(true);
  };
  return {
    'data-drop-active': over || undefined,
    onDragEnter: accept,
    onDragOver: accept,
    onDragLeave: () => setOver(false),
    onDrop: (e: DragEvent) => {
      setOver(false);
      if (!isOurDrag(e)) return;
      e.preventDefault();
      e.stopPropagation();
      const payload = readDragPayload(e);
      if (!payload || payload.profileId !== profileId) return;
      const items = linkItemsFor(payload, destBucket, destPrefix);
      if (items.length === 0) {
        useUiStore.getState().showToast(t('dragDialog.onlyFolders'), 'error');
        return;
      }
      useUiStore.getState().openDialog({ kind: 'dragLinks', bucket: destBucket, prefix: destPrefix, items, sourceBucket: payload.bucket });
    },
  };
}

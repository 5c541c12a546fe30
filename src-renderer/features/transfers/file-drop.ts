// Drop targets for both kinds of drag, kept apart: rows dragged inside the app make links
// (links/drag.ts, a private MIME type), files from the OS upload into the target's folder.
import { type DragEvent, useState } from 'react';
import { useLinkDropTarget } from '../links/drag';
import { useTransferCommands } from './use-transfer-commands';

const hasOsFiles = (e: DragEvent): boolean => [...e.dataTransfer.types].includes('Files');

/** Link drops when `linkable` (folders, crumbs); OS file drops into `prefix` when `takesFiles` (plain object rows let them through to the table). */
export function useBrowserDropTarget(profileId: string, linkable: boolean, bucket: string, prefix: string, takesFiles = true) {
  const commands = useTransferCommands(profileId, bucket);
  const link = useLinkDropTarget(linkable ? profileId : null, bucket, prefix);
  const [over, setOver] = useState(false);
  const acceptFiles = (e: DragEvent): boolean => {
    if (!hasOsFiles(e)) return false;
    if (!takesFiles) return true; // bubbles to the table, which uploads into the current folder
    e.preventDefault();
    e.stopPropagation();
    e.dataTransfer.dropEffect = 'copy';
    setOver(true);
    return true;
  };
  return {
    'data-drop-active': link['data-drop-active'] || over || undefined,
    onDragEnter: (e: DragEvent) => acceptFiles(e) || link.onDragEnter(e),
    onDragOver: (e: DragEvent) => acceptFiles(e) || link.onDragOver(e),
    onDragLeave: () => {
      setOver(false);
      link.onDragLeave();
    },
    onDrop: (e: DragEvent) => {
      setOver(false);
      if (!hasOsFiles(e)) return link.onDrop(e);
      if (!takesFiles) return undefined;
      e.preventDefault();
      e.stopPropagation();
      commands.uploadFiles([...e.dataTransfer.files], prefix);
    },
  };
}

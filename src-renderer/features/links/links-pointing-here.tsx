// The slot in the Properties panel for "N links point here (as of <time>)" / "Not scanned yet —
// Scan", fed by main's reverse index (issue 8, "Links pointing here"). That feature fills this
// component in; until then it renders nothing, and the panel keeps its place for it.
export type LinksPointingHereProps = {
  profileId: string;
  bucket: string;
  /** The object's key, or a folder's prefix (ending in '/'). */
  objectKey: string;
};

export function LinksPointingHere(_props: LinksPointingHereProps) {
  return null;
}

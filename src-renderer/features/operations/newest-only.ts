// An operation's progress events carry `seq` (0, 1, 2… as main sent them) and may arrive out of
// order in the browser host: only one newer than every event seen so far is worth showing.
export function newestOnly(): (seq: number) => boolean {
  let newest = -1;
  return (seq) => {
    if (seq <= newest) return false;
    newest = seq;
    return true;
  };
}

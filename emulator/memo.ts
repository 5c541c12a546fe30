// A one-argument pure function that keeps its last answer: the rows of a listing page repeat
// their dates and etags, and converting each again was a third of the page's serialisation.
export function rememberLast<A, R>(fn: (arg: A) => R): (arg: A) => R {
  let lastArg: A | undefined;
  let lastResult: R | undefined;
  let filled = false;
  return (arg) => {
    if (!filled || arg !== lastArg) {
      lastResult = fn(arg);
      lastArg = arg;
      filled = true;
    }
    return lastResult as R;
  };
}

// Which modifier the platform's shortcuts use: ⌘/Meta on macOS, Ctrl/Control elsewhere.
// Asked at call time (not module load) so a test or a late-set navigator is honoured.

type NavigatorWithUaData = Navigator & { userAgentData?: { platform?: string } };

export function isMacPlatform(nav: NavigatorWithUaData | undefined = typeof navigator === 'undefined' ? undefined : navigator): boolean {
  // navigator.platform first: a plain string, where the userAgentData getter builds an object
  // (this runs on every key press); both name macOS with "mac".
  const platform = nav?.platform || nav?.userAgentData?.platform || '';
  return /mac/i.test(platform);
}

/** The `aria-keyshortcuts` spelling of "modifier + key" on this platform (e.g. "Meta+L"). */
export function modShortcut(key: string, mac: boolean = isMacPlatform()): string {
  return `${mac ? 'Meta' : 'Control'}+${key}`;
}

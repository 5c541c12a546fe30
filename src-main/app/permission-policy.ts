// Web permissions the renderer may get: only writing plain text to the clipboard ("Copy key",
// "Copy target path") from our own page. Camera, notifications, geolocation... are denied.
import { isAppUrl } from './url-policy';

const allowedPermissions = new Set(['clipboard-sanitized-write']);

export function isPermissionAllowed(permission: string, requestingUrl: string | undefined): boolean {
  return allowedPermissions.has(permission) && requestingUrl !== undefined && isAppUrl(requestingUrl);
}

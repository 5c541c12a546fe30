// Web permissions the renderer may get: only writing plain text to the clipboard ("Copy key",
// "Copy target path") from our own page. Camera, notifications, geolocation... are denied.
import { isOwnPage } from './url-policy';

const allowedPermissions = new Set(['clipboard-sanitized-write']);

export function isPermissionAllowed(permission: string, requestingUrl: string | undefined, devOrigins: readonly string[] = []): boolean {
  return allowedPermissions.has(permission) && requestingUrl !== undefined && isOwnPage(requestingUrl, devOrigins);
}

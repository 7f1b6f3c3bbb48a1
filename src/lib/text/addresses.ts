/** Whether an address points to another site (absolute with a scheme, or protocol-relative), not to a file of this one. */
export function isRemoteAddress(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(url.trim()) || url.trim().startsWith('//');
}

// The debug flag: test hooks and timing globals exist only when it is on. "?debug" in the address turns it on
// for the tab (kept in sessionStorage, so links clicked later keep it).
export function debugEnabled(): boolean {
  try {
    if (new URLSearchParams(location.search).has('debug')) sessionStorage.setItem('sg:debug', '1');
    return sessionStorage.getItem('sg:debug') === '1';
  } catch {
    return false;
  }
}

// The editor's API token, for this tab only: sessionStorage (never localStorage, never the URL), gone when the
// tab closes or on sign-out. Reads stay anonymous; only writes carry it (see api/writes.ts).
const KEY = 'sg:token';

type Listener = (signedIn: boolean) => void;

function storage(): Storage | null {
  try { return window.sessionStorage; } catch { return null; }
}

class Session {
  private listeners = new Set<Listener>();

  get token(): string | null { return storage()?.getItem(KEY) ?? null; }
  get signedIn(): boolean { return !!this.token; }

  signIn(token: string): void { storage()?.setItem(KEY, token); this.emit(); }
  signOut(): void { storage()?.removeItem(KEY); this.emit(); }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void { this.listeners.forEach((l) => l(this.signedIn)); }
}

export const session = new Session();

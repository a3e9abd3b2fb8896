import type { ComponentChildren } from 'preact';

export interface MessageScreenProps {
  title: string;
  body?: string;
  /** Show the spinner: something is under way and the panel will move on by itself. */
  waiting?: boolean;
  children?: ComponentChildren;
}

/** A whole-screen message in words, for every state that is not sign-in or the job list. */
export function MessageScreen({ title, body, waiting = false, children }: MessageScreenProps) {
  return (
    <main class="screen message">
      {waiting && <div class="spinner" aria-hidden="true" />}
      <h1>{title}</h1>
      {body && <p>{body}</p>}
      {children}
    </main>
  );
}

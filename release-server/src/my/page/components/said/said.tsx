interface Props {
  /** Names the problem line, for the `aria-describedby` of the field it is about. */
  id: string;
  /** What went well: read politely by a screen reader (role status). */
  ok: string;
  /** What went wrong: read at once (role alert). */
  problem: string;
  testid: string;
}

/**
 * A section's outcome line. Two live regions that are always there, one polite and one assertive,
 * because a screen reader reads a region whose text changes, not one whose role does.
 */
export function Said({ id, ok, problem, testid }: Props) {
  return (
    <div class="said" data-testid={testid}>
      <p class="status" role="status">
        {ok}
      </p>
      <p id={id} class="problem" role="alert">
        {problem}
      </p>
    </div>
  );
}

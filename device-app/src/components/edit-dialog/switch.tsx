export interface SwitchProps {
  testId: string;
  label: string;
  on: boolean;
  onToggle(): void;
}

/** An on/off setting; the whole row is the touch target, not just the little knob. */
export function Switch({ testId, label, on, onToggle }: SwitchProps) {
  return (
    <button
      type="button"
      role="switch"
      aria-checked={on}
      data-testid={testId}
      class="switch-row"
      onClick={onToggle}
    >
      <span>{label}</span>
      <span class="switch" aria-hidden="true" />
    </button>
  );
}

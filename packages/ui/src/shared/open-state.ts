/** The open state every overlay root takes: controlled (`open` + `onOpenChange`) or not. */
export interface OpenStateProps {
  /** Whether it is open. Use with `onOpenChange` to control it. */
  open?: boolean;
  /**
   * Whether it is open on first render, when you do not control it.
   * @default false
   */
  defaultOpen?: boolean;
  /** Called with the new state when it opens or closes. */
  onOpenChange?: (open: boolean) => void;
}

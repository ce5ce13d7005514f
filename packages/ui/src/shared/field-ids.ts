/**
 * The id Field gives its label, derived from the control's id. Button compares its
 * `aria-labelledby` with it to tell that it is a Field's control.
 */
export function fieldLabelId(controlId: string): string {
  return `${controlId}-label`;
}

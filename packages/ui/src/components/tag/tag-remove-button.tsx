"use client";

import { XIcon } from "@nexod/icons";
import * as React from "react";

export interface TagRemoveButtonProps {
  /** Accessible name, "Remove <label>". */
  label: string;
  disabled: boolean;
  onRemove: () => void;
}

/** The "×" of a removable Tag: a button that also removes on Backspace and Delete. */
export function TagRemoveButton({ label, disabled, onRemove }: TagRemoveButtonProps) {
  return (
    <button
      type="button"
      data-slot="tag-remove"
      className="nx-tag__remove nx-focus-ring nx-hover-tint"
      aria-label={label}
      disabled={disabled}
      onClick={onRemove}
      onKeyDown={(event) => {
        if (event.key === "Backspace" || event.key === "Delete") {
          event.preventDefault();
          onRemove();
        }
      }}
    >
      <XIcon size="sm" strokeWidth={2.5} className="nx-tag__remove-icon" />
    </button>
  );
}

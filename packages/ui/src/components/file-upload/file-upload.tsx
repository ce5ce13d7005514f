"use client";

import { AlertCircleIcon, FileIcon, UploadIcon, XIcon } from "@nexod/icons";
import * as ProgressPrimitive from "@radix-ui/react-progress";
import { cx } from "class-variance-authority";
import * as React from "react";
import { Button } from "../button";
import {
  acceptTokens,
  defaultFileUploadMessages,
  describeAccept,
  type FileUploadMessages,
  formatFileSize,
  matchesAccept,
} from "./file-upload-messages";

/** A chosen file and what the product knows about its upload. */
export interface FileUploadItem {
  /** The file the user chose. */
  file: File;
  /** Upload progress from 0 to 100; leave it out while the file is not uploading (no bar). */
  progress?: number;
  /** A message about this file from the product ("Upload failed, try again"), shown under it. */
  error?: React.ReactNode;
}

/** A file FileUpload refused, and why. */
export interface FileRejection {
  file: File;
  /** `type`: not in `accept`; `size`: over `maxSize`; `count`: past `maxFiles`. */
  reason: "type" | "size" | "count";
  /** The message shown and announced ("photo.png is 12 MB; the limit is 5 MB"). */
  message: string;
}

export interface FileUploadProps extends Omit<
  React.HTMLAttributes<HTMLDivElement>,
  "onChange" | "defaultValue"
> {
  /** Name under which the files are submitted with the owning form (`formData.getAll(name)`). */
  name?: string;
  /**
   * File types the picker offers and the drop zone accepts, as the native attribute: extensions
   * and MIME types (`".pdf,image/png"`, `"image/*"`). Files of other types are refused with a
   * message.
   */
  accept?: string;
  /**
   * Lets the user choose several files; without it a new file replaces the chosen one.
   * @default true
   */
  multiple?: boolean;
  /** Largest accepted file in bytes (`5 * 1024 * 1024` for 5 MB); larger files are refused. */
  maxSize?: number;
  /** Most files the list may hold; files past it are refused. */
  maxFiles?: number;
  /**
   * Not focusable, no drop or browse, remove buttons disabled.
   * @default false
   */
  disabled?: boolean;
  /**
   * The form cannot be submitted without a file (the native `required`).
   * @default false
   */
  required?: boolean;
  /**
   * The files when controlled, with their upload `progress` and `error`: keep them in state,
   * update them from `onFilesChange`, and set `progress` while you upload.
   */
  files?: FileUploadItem[];
  /** Files in the list on first render when uncontrolled. */
  defaultFiles?: File[];
  /** Called with the new list when the user adds (valid) files or removes one. */
  onFilesChange?(files: FileUploadItem[]): void;
  /** Called with the files refused when the user adds some that fail `accept`, `maxSize` or `maxFiles`. */
  onFilesRejected?(rejections: FileRejection[]): void;
  /**
   * The drop zone's own hint. Defaults to one built from `accept`, `maxSize` and `maxFiles`
   * ("PDF, PNG · up to 5 MB each · at most 3 files"); pass `null` for none.
   */
  hint?: React.ReactNode;
  /** Texts to translate or reword; see `FileUploadMessages`. */
  messages?: Partial<FileUploadMessages>;
  /** The `id` of the file input, which a `Label` or `Field` points to. */
  id?: string;
  /** Passed to the file input (Field sets it). Without it or `aria-label`, the drop zone's text names the input. */
  "aria-labelledby"?: string;
  /** Passed to the file input. */
  "aria-label"?: string;
  /** Added to the file input's description (Field sets it); the hint is always part of it. */
  "aria-describedby"?: string;
  /** Passed to the file input; draws the drop zone in the error colour. */
  "aria-invalid"?: React.AriaAttributes["aria-invalid"];
  /** Passed to the file input. */
  "aria-required"?: React.AriaAttributes["aria-required"];
}

function fileKey(file: File) {
  return `${file.name}\u0000${file.size}\u0000${file.lastModified}`;
}

/** Puts `files` into the input, so a form submits exactly the listed files. */
function syncInputFiles(input: HTMLInputElement | null, files: readonly File[]) {
  if (!input || typeof DataTransfer === "undefined") return;
  const transfer = new DataTransfer();
  files.forEach((file) => transfer.items.add(file));
  try {
    input.files = transfer.files;
  } catch {
    // A test double of `files` without a setter (user-event's `upload`): leave it as it is.
  }
}

/**
 * A drop zone and file list. The zone is a real `<input type="file" name>` stretched over it:
 * a click, Enter or Space opens the browser's picker and a drop lands in it, so a plain form
 * submits the files, even before hydration. With JavaScript it checks `accept`, `maxSize` and
 * `maxFiles` with a message per refused file, lists the files with their size, the upload
 * progress the product passes and a remove button, and announces changes politely.
 */
export const FileUpload = /* @__PURE__ */ React.forwardRef<HTMLDivElement, FileUploadProps>(
  function FileUpload(
    {
      className,
      name,
      accept,
      multiple = true,
      maxSize,
      maxFiles,
      disabled = false,
      required = false,
      files: filesProp,
      defaultFiles,
      onFilesChange,
      onFilesRejected,
      hint,
      messages: messagesProp,
      id,
      "aria-labelledby": labelledBy,
      "aria-describedby": describedBy,
      "aria-invalid": ariaInvalid,
      "aria-required": ariaRequired,
      "aria-label": ariaLabel,
      ...props
    },
    ref,
  ) {
    const messages = { ...defaultFileUploadMessages, ...messagesProp };
    const generatedId = React.useId();
    const inputId = id ?? `${generatedId}-input`;
    const instructionsId = `${generatedId}-instructions`;
    const hintId = `${generatedId}-hint`;
    const inputRef = React.useRef<HTMLInputElement>(null);
    const listRef = React.useRef<HTMLUListElement>(null);
    // The position of a removed row's button: focus goes to the button now there (the next
    // row), else the one before, else the input, so keyboard users keep their place.
    const focusAfterRemoval = React.useRef<number | null>(null);
    const [uncontrolled, setUncontrolled] = React.useState<FileUploadItem[]>(() =>
      (defaultFiles ?? []).map((file) => ({ file })),
    );
    const items = filesProp ?? uncontrolled;
    const [rejections, setRejections] = React.useState<FileRejection[]>([]);
    const [announcement, setAnnouncement] = React.useState("");
    const [dragging, setDragging] = React.useState(false);
    const [revision, setRevision] = React.useState(0);
    const limit = multiple ? maxFiles : 1;

    React.useEffect(() => {
      syncInputFiles(
        inputRef.current,
        items.map((item) => item.file),
      );
    }, [items, revision]);

    React.useEffect(() => {
      const position = focusAfterRemoval.current;
      if (position === null) return;
      focusAfterRemoval.current = null;
      const buttons = Array.from(
        listRef.current?.querySelectorAll<HTMLButtonElement>('[data-slot="file-upload-remove"]') ??
          [],
      );
      (buttons[position] ?? buttons[position - 1] ?? inputRef.current)?.focus();
    });

    const rememberPosition = (button: HTMLButtonElement) => {
      const buttons = Array.from(
        listRef.current?.querySelectorAll('[data-slot="file-upload-remove"]') ?? [],
      );
      focusAfterRemoval.current = Math.max(0, buttons.indexOf(button));
    };

    const commit = (next: FileUploadItem[]) => {
      if (filesProp === undefined) setUncontrolled(next);
      onFilesChange?.(next);
      setRevision((value) => value + 1);
    };

    const addFiles = (chosen: readonly File[]) => {
      const tokens = acceptTokens(accept);
      const types = describeAccept(accept ?? "");
      const kept = multiple ? [...items] : [];
      const known = new Set(kept.map((item) => fileKey(item.file)));
      const refused: FileRejection[] = [];
      const added: File[] = [];
      for (const file of chosen) {
        if (known.has(fileKey(file))) continue;
        if (!matchesAccept(file, tokens)) {
          refused.push({ file, reason: "type", message: messages.type(file.name, types) });
        } else if (maxSize !== undefined && file.size > maxSize) {
          refused.push({
            file,
            reason: "size",
            message: messages.size(file.name, formatFileSize(file.size), formatFileSize(maxSize)),
          });
        } else if (limit !== undefined && kept.length + added.length >= limit) {
          refused.push({ file, reason: "count", message: messages.count(file.name, limit) });
        } else {
          added.push(file);
          known.add(fileKey(file));
        }
      }
      setRejections(refused);
      setAnnouncement(
        [
          added.length > 0 ? messages.added(added.map((file) => file.name)) : "",
          ...refused.map((rejection) => `${rejection.message}.`),
        ]
          .filter(Boolean)
          .join(" "),
      );
      if (refused.length > 0) onFilesRejected?.(refused);
      commit([...kept, ...added.map((file) => ({ file }))]);
    };

    const removeItem = (file: File, button: HTMLButtonElement) => {
      rememberPosition(button);
      commit(items.filter((item) => item.file !== file));
      setAnnouncement(messages.removed(file.name));
    };

    const dismissRejection = (rejection: FileRejection, button: HTMLButtonElement) => {
      rememberPosition(button);
      setRejections((current) => current.filter((item) => item !== rejection));
    };

    const hintContent =
      hint !== undefined
        ? hint
        : [
            accept ? describeAccept(accept) : "",
            maxSize !== undefined ? messages.sizeHint(formatFileSize(maxSize)) : "",
            multiple && maxFiles !== undefined ? messages.countHint(maxFiles) : "",
          ]
            .filter(Boolean)
            .join(" · ") || null;
    const hasHint = hintContent != null && hintContent !== "";
    const invalid =
      (ariaInvalid !== undefined && ariaInvalid !== false && ariaInvalid !== "false") ||
      rejections.length > 0;

    return (
      <div
        ref={ref}
        data-slot="file-upload"
        data-disabled={disabled || undefined}
        {...props}
        className={cx("nx-file-upload", className)}
      >
        <div
          data-slot="file-upload-dropzone"
          data-dragging={dragging || undefined}
          data-invalid={invalid || undefined}
          data-disabled={disabled || undefined}
          className="nx-file-upload-dropzone nx-hover-tint"
        >
          <UploadIcon className="nx-file-upload-dropzone__icon" />
          {/* A label of the input, so its text counts as part of a disabled control's label. */}
          <label htmlFor={inputId} className="nx-file-upload-dropzone__text">
            <span id={instructionsId} className="nx-file-upload-dropzone__instructions">
              {messages.instructions}
            </span>
            {hasHint && (
              <span id={hintId} className="nx-file-upload-dropzone__hint">
                {hintContent}
              </span>
            )}
          </label>
          <input
            ref={inputRef}
            type="file"
            id={inputId}
            name={name}
            accept={accept}
            multiple={multiple}
            disabled={disabled}
            required={required}
            aria-labelledby={labelledBy ?? (ariaLabel ? undefined : instructionsId)}
            aria-label={ariaLabel}
            aria-describedby={
              [describedBy, hasHint ? hintId : undefined].filter(Boolean).join(" ") || undefined
            }
            aria-invalid={ariaInvalid}
            aria-required={ariaRequired}
            data-slot="file-upload-input"
            className="nx-file-upload__input"
            onChange={(event) => addFiles(Array.from(event.currentTarget.files ?? []))}
            onDragEnter={() => setDragging(true)}
            onDragLeave={() => setDragging(false)}
            onDrop={() => setDragging(false)}
          />
        </div>
        {(items.length > 0 || rejections.length > 0) && (
          <ul
            ref={listRef}
            aria-label={messages.list}
            data-slot="file-upload-list"
            className="nx-file-upload-list"
          >
            {rejections.map((rejection) => (
              <li
                key={`rejected-${fileKey(rejection.file)}`}
                data-slot="file-upload-item"
                data-invalid=""
                className="nx-file-upload-item"
              >
                <AlertCircleIcon className="nx-file-upload-item__icon" />
                <span className="nx-file-upload-item__body">
                  <span className="nx-file-upload-item__name">{rejection.file.name}</span>
                  <span className="nx-file-upload-item__error">{rejection.message}</span>
                </span>
                <Button
                  variant="ghost"
                  size="icon"
                  className="nx-file-upload-item__remove"
                  data-slot="file-upload-remove"
                  aria-label={messages.remove(rejection.file.name)}
                  onClick={(event) => dismissRejection(rejection, event.currentTarget)}
                >
                  <XIcon />
                </Button>
              </li>
            ))}
            {items.map((item) => (
              <FileUploadRow
                key={fileKey(item.file)}
                item={item}
                messages={messages}
                disabled={disabled}
                onRemove={(button) => removeItem(item.file, button)}
              />
            ))}
          </ul>
        )}
        <div role="status" aria-live="polite" className="nx-file-upload__status">
          {announcement}
        </div>
      </div>
    );
  },
);

function FileUploadRow({
  item,
  messages,
  disabled,
  onRemove,
}: {
  item: FileUploadItem;
  messages: FileUploadMessages;
  disabled: boolean;
  onRemove(button: HTMLButtonElement): void;
}) {
  const { file, progress, error } = item;
  const hasError = error != null && error !== false && error !== "";
  const percent = progress === undefined ? undefined : Math.min(100, Math.max(0, progress));
  return (
    <li
      data-slot="file-upload-item"
      data-invalid={hasError || undefined}
      className="nx-file-upload-item"
    >
      {hasError ? (
        <AlertCircleIcon className="nx-file-upload-item__icon" />
      ) : (
        <FileIcon className="nx-file-upload-item__icon" />
      )}
      <span className="nx-file-upload-item__body">
        <span className="nx-file-upload-item__name">{file.name}</span>
        <span className="nx-file-upload-item__meta">
          {formatFileSize(file.size)}
          {percent !== undefined && !hasError && ` · ${percent}%`}
        </span>
        {percent !== undefined && !hasError && (
          <ProgressPrimitive.Root
            value={percent}
            max={100}
            aria-label={messages.progress(file.name)}
            data-slot="file-upload-progress"
            className="nx-file-upload-item__progress"
          >
            <ProgressPrimitive.Indicator
              className="nx-file-upload-item__bar"
              style={{ inlineSize: `${percent}%` }}
            />
          </ProgressPrimitive.Root>
        )}
        {hasError && <span className="nx-file-upload-item__error">{error}</span>}
      </span>
      <Button
        variant="ghost"
        size="icon"
        className="nx-file-upload-item__remove"
        data-slot="file-upload-remove"
        aria-label={messages.remove(file.name)}
        disabled={disabled}
        onClick={(event) => onRemove(event.currentTarget)}
      >
        <XIcon />
      </Button>
    </li>
  );
}

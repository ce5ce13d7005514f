/**
 * What FileUpload says: validation messages, announcements and button names. Pass your own
 * (`messages` prop) to translate them; every function gets the file name and formatted values.
 */
export interface FileUploadMessages {
  /** A file whose type is not in `accept`. `types` is the readable list ("PDF, PNG"). */
  type(name: string, types: string): string;
  /** A file over `maxSize`. Sizes are formatted ("12 MB"). */
  size(name: string, size: string, limit: string): string;
  /** A file past `maxFiles`. */
  count(name: string, maxFiles: number): string;
  /** Announced after files were added. */
  added(names: readonly string[]): string;
  /** Announced after a file was removed. */
  removed(name: string): string;
  /** The name of a file's remove button. */
  remove(name: string): string;
  /** The name of a file's progress bar. */
  progress(name: string): string;
  /** The file list's name. */
  list: string;
  /** The drop zone's text (also the input's name when nothing else names it). */
  instructions: string;
  /** The hint's size part ("up to 5 MB each"). */
  sizeHint(limit: string): string;
  /** The hint's count part ("at most 3 files"). */
  countHint(maxFiles: number): string;
}

function listNames(names: readonly string[]) {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

export const defaultFileUploadMessages: FileUploadMessages = {
  type: (name, types) => `${name} is not an accepted type (${types})`,
  size: (name, size, limit) => `${name} is ${size}; the limit is ${limit}`,
  count: (name, maxFiles) =>
    `${name} was not added: at most ${maxFiles} ${maxFiles === 1 ? "file" : "files"}`,
  added: (names) => `Added ${listNames(names)}.`,
  removed: (name) => `Removed ${name}.`,
  remove: (name) => `Remove ${name}`,
  progress: (name) => `Uploading ${name}`,
  list: "Selected files",
  instructions: "Drop files here or click to browse",
  sizeHint: (limit) => `up to ${limit} each`,
  countHint: (maxFiles) => `at most ${maxFiles} ${maxFiles === 1 ? "file" : "files"}`,
};

const units = ["B", "KB", "MB", "GB", "TB"] as const;

/** `12582912` → `"12 MB"`, `2516582` → `"2.4 MB"` (binary units, as file managers show them). */
export function formatFileSize(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const rounded = value < 10 && unit > 0 ? Math.round(value * 10) / 10 : Math.round(value);
  return `${rounded} ${units[unit]}`;
}

const wildcardNames: Record<string, string> = {
  image: "images",
  video: "videos",
  audio: "audio",
  text: "text files",
};

/** `".pdf,image/png,image/*"` → `"PDF, PNG, images"`. */
export function describeAccept(accept: string): string {
  const names = acceptTokens(accept).map((token) => {
    if (token.startsWith(".")) return token.slice(1).toUpperCase();
    const [group = "", subtype = ""] = token.split("/");
    if (subtype === "*") return wildcardNames[group] ?? `${group} files`;
    return subtype.replace(/^x-/, "").split(/[.+]/).at(-1)!.toUpperCase();
  });
  return [...new Set(names)].join(", ");
}

export function acceptTokens(accept: string | undefined): string[] {
  return (accept ?? "")
    .split(",")
    .map((token) => token.trim().toLowerCase())
    .filter((token) => token !== "" && token !== "*" && token !== "*/*");
}

/** Whether a file matches `accept` as the browser's picker would (extension or MIME type). */
export function matchesAccept(file: File, tokens: readonly string[]): boolean {
  if (tokens.length === 0) return true;
  const name = file.name.toLowerCase();
  const type = file.type.toLowerCase();
  return tokens.some((token) => {
    if (token.startsWith(".")) return name.endsWith(token);
    if (token.endsWith("/*")) return type.startsWith(token.slice(0, -1));
    return type === token;
  });
}

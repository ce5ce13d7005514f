import { toast } from "@nexod/ui";

/**
 * Runs a save action; when it throws (the server refused, the network failed) says so in a
 * toast instead of letting the error reach the page's error boundary. True when it saved.
 */
export async function saveOrSay<T>(
  save: (value: T) => Promise<void>,
  value: T,
  failed: string,
): Promise<boolean> {
  try {
    await save(value);
    return true;
  } catch {
    toast({
      title: failed,
      description: "Check your connection and try again.",
      variant: "destructive",
    });
    return false;
  }
}
